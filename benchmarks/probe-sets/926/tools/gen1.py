"""p926-1: province portal (Ninh Thuận) — aloe area, output, prices, processors, 2025 targets."""
from lib import emit, fig, period, change

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế

Ninh Thuận: Diện tích nha đam đạt hơn 720 ha

Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến 31/7/2024, toàn tỉnh Ninh Thuận có 726 ha nha đam, tăng 48 ha so với cuối năm 2023. Nha đam được trồng tập trung tại các huyện Ninh Phước (385 ha), Thuận Nam (196 ha), Ninh Hải (102 ha) và thành phố Phan Rang - Tháp Chàm (43 ha).

6 tháng đầu năm 2024, sản lượng lá nha đam thu hoạch ước đạt 41.500 tấn, tăng 9,2% so với cùng kỳ. Năng suất bình quân đạt khoảng 115 tấn/ha/năm, có hộ đạt trên 140 tấn/ha/năm.

Giá thu mua lá nha đam tại ruộng hiện dao động từ 2.800 đến 3.500 đồng/kg, cao hơn khoảng 500 đồng/kg so với đầu năm. Với giá này, mỗi ha nha đam cho lợi nhuận trên 150 triệu đồng/năm.

Toàn tỉnh hiện có 3 doanh nghiệp thu mua, chế biến nha đam với tổng công suất khoảng 60.000 tấn lá/năm, trong đó nhà máy của Công ty CP Nha đam Phước Hữu (Quốc lộ 1A, xã Phước Hữu) chiếm gần 55% công suất. Các doanh nghiệp đã ký hợp đồng bao tiêu với 14 hợp tác xã, tổ hợp tác và 1.240 hộ dân; diện tích liên kết đạt 512 ha, chiếm 70,5% tổng diện tích.

Thực hiện Quyết định số 1235/QĐ-UBND ngày 12/10/2021 của UBND tỉnh, đến năm 2025 tỉnh phấn đấu mở rộng diện tích nha đam lên 1.000 ha, trong đó 80% diện tích được cấp chứng nhận VietGAP; sản lượng đạt 110.000 tấn lá/năm.
"""

NOTES = [
    "Cổng TTĐT tỉnh Ninh Thuận (invented): diện tích, sản lượng, giá thu mua nha đam; doanh nghiệp chế biến, bao tiêu; mục tiêu 2025.",
    "Dateline 'Cập nhật: 14/08/2024 09:45' gives published; 'Lượt xem: 2.316', 'Quốc lộ 1A', 'Quyết định số 1235/QĐ-UBND ngày 12/10/2021' are not figures.",
    "The bracketed district list adds up to 726 ha (385+196+102+43): each item gets total 726 and its district as location; its period",
    "('tính đến 31/7/2024') stands in the previous sentence (inherited). Rates per ha keep the denominator in the unit.",
    "'chiếm gần 55% công suất' has no base amount of its own: a percent figure. 80% after 'trong đó' is a percent (no whole in ha).",
    "revised after the first score: rate units 'tấn lá/năm' -> 'tấn/năm' (lá is the material, as in every other 'tấn lá' figure here).",
]

TO_JUL = period("tính đến 31/7/2024", end="2024-07-31")
TO_JUL_I = period("tính đến 31/7/2024", end="2024-07-31", inherited=True)
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T2025 = period("đến năm 2025", end="2025-12-31")

FIGS = [
    fig("đạt hơn 720 ha", "720", 720, "measure", "ha", "diện tích nha đam", approx="over"),
    fig("có 726 ha nha đam", "726", 726, "measure", "ha", "diện tích nha đam", TO_JUL,
        change=change("increase", 48, "ha", "cuối năm 2023")),
    fig("Ninh Phước (385 ha)", "385", 385, "measure", "ha", "diện tích nha đam", TO_JUL_I, total=726, location="Ninh Phước"),
    fig("Thuận Nam (196 ha)", "196", 196, "measure", "ha", "diện tích nha đam", TO_JUL_I, total=726, location="Thuận Nam"),
    fig("Ninh Hải (102 ha)", "102", 102, "measure", "ha", "diện tích nha đam", TO_JUL_I, total=726, location="Ninh Hải"),
    fig("Tháp Chàm (43 ha)", "43", 43, "measure", "ha", "diện tích nha đam", TO_JUL_I, total=726, location="Phan Rang - Tháp Chàm"),
    fig("ước đạt 41.500 tấn", "41.500", 41500, "measure", "tấn", "sản lượng lá nha đam thu hoạch", H1,
        status="estimate", change=change("increase", 9.2, "%", "cùng kỳ")),
    fig("khoảng 115 tấn/ha/năm", "115", 115, "measure", "tấn/ha/năm", "năng suất bình quân nha đam", approx="about"),
    fig("trên 140 tấn/ha/năm", "140", 140, "measure", "tấn/ha/năm", "năng suất nha đam của hộ đạt cao", approx="over"),
    fig("từ 2.800 đến 3.500 đồng/kg", "2.800", 2800, "money", "đồng/kg", "giá thu mua lá nha đam tại ruộng",
        value_max=3500, change=change("increase", 500, "đồng/kg", "đầu năm", "about")),
    fig("trên 150 triệu đồng/năm", "150", 150e6, "money", "đồng/ha/năm", "lợi nhuận mỗi ha nha đam", approx="over"),
    fig("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp thu mua, chế biến nha đam"),
    fig("khoảng 60.000 tấn lá/năm", "60.000", 60000, "measure", "tấn/năm", "tổng công suất chế biến nha đam", approx="about"),
    fig("gần 55% công suất", "55", 55, "percent", "%", "công suất của nhà máy Công ty CP Nha đam Phước Hữu", approx="nearly"),
    fig("với 14 hợp tác xã", "14", 14, "count", "hợp tác xã, tổ hợp tác", "hợp tác xã, tổ hợp tác ký hợp đồng bao tiêu"),
    fig("1.240 hộ dân", "1.240", 1240, "count", "hộ dân", "hộ dân ký hợp đồng bao tiêu"),
    fig("đạt 512 ha", "512", 512, "measure", "ha", "diện tích liên kết", percent=70.5),
    fig("lên 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích nha đam", T2025, status="target"),
    fig("80% diện tích", "80", 80, "percent", "%", "diện tích nha đam được cấp chứng nhận VietGAP", T2025, status="target"),
    fig("đạt 110.000 tấn", "110.000", 110000, "measure", "tấn/năm", "sản lượng nha đam", T2025, status="target"),
]

if __name__ == "__main__":
    emit("p926-1", TEXT, NOTES, FIGS, published="2024-08-14", location="Ninh Thuận")
