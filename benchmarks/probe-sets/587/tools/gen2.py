"""p587-2: huyện Thanh Chương district portal — nâng cấp, tu bổ nghĩa trang liệt sĩ 6 tháng đầu năm 2024."""
from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THANH CHƯƠNG
Tin tức - Sự kiện > Văn hóa - Xã hội
Thứ Tư, 10/07/2024 - 08:35

Thanh Chương: Gần 28 tỷ đồng nâng cấp, tu bổ nghĩa trang liệt sĩ

Trong 6 tháng đầu năm 2024, huyện Thanh Chương đã huy động gần 28 tỷ đồng để nâng cấp, tu bổ các công trình ghi công liệt sĩ, tăng 23,5% so với cùng kỳ năm 2023. Trong đó, ngân sách Trung ương hỗ trợ 9,6 tỷ đồng, ngân sách tỉnh 5,2 tỷ đồng, ngân sách huyện và xã 7,4 tỷ đồng, phần còn lại do con em xa quê và doanh nghiệp đóng góp.

Toàn huyện có 40 nghĩa trang liệt sĩ với 6.412 mộ. Đến nay, đã có 31/40 nghĩa trang được nâng cấp đồng bộ, đạt 77,5%. Trong 6 tháng, huyện đã cải tạo, ốp lát 1.245 mộ liệt sĩ, tập trung ở các xã Thanh Long, Thanh Hà và Ngọc Lâm với lần lượt 312, 287 và 265 mộ.

Theo Nghị quyết số 15/2023/NQ-HĐND của HĐND tỉnh, mộ liệt sĩ trên địa bàn huyện được hỗ trợ cải tạo với mức 10 triệu đồng/mộ; nhà bia ghi tên liệt sĩ cấp xã được hỗ trợ xây mới tối đa 500 triệu đồng/công trình. Năm 2024, huyện khởi công mới 5 nghĩa trang liệt sĩ cấp xã, mỗi công trình có tổng mức đầu tư từ 1,2 đến 2,5 tỷ đồng.

Nghĩa trang liệt sĩ huyện nằm bên Quốc lộ 46, cách trung tâm thị trấn khoảng 3 km, được xây dựng năm 1985. Huyện phấn đấu đến năm 2025, 100% nghĩa trang liệt sĩ trên địa bàn được nâng cấp, tu bổ khang trang và 100% mộ liệt sĩ có bia ghi đầy đủ thông tin theo quy định.

Nguyễn Hoa (Phòng LĐ-TB&XH)

UBND huyện Thanh Chương - Khối 4, thị trấn Dùng - Điện thoại: 0238.3821.246
"""

P6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6b = per("Trong 6 tháng", "2024-01-01", "2024-06-30")
PN = per("Đến nay", None, "2024-07-10")
P25 = per("đến năm 2025", None, "2025-12-31")
SUBJ = "kinh phí nâng cấp, tu bổ các công trình ghi công liệt sĩ"
FIGS = [
    fig("Gần 28 tỷ đồng", "28", 28e9, "money", "đồng", "kinh phí nâng cấp, tu bổ nghĩa trang liệt sĩ", inh(P6),
        approx="nearly"),
    fig("huy động gần 28 tỷ đồng", "28", 28e9, "money", "đồng", SUBJ, P6, approx="nearly",
        change=ch("increase", 23.5, "%", "cùng kỳ năm 2023")),
    fig("hỗ trợ 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", "kinh phí ngân sách Trung ương hỗ trợ", inh(P6), total=28e9),
    fig("tỉnh 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "kinh phí từ ngân sách tỉnh", inh(P6), total=28e9),
    fig("xã 7,4 tỷ đồng", "7,4", 7.4e9, "money", "đồng", "kinh phí từ ngân sách huyện và xã", inh(P6), total=28e9),
    fig("có 40 nghĩa trang", "40", 40, "count", "nghĩa trang", "nghĩa trang liệt sĩ"),
    fig("với 6.412 mộ", "6.412", 6412, "count", "mộ", "mộ trong các nghĩa trang liệt sĩ"),
    fig("31/40 nghĩa trang", "31", 31, "count", "nghĩa trang", "nghĩa trang được nâng cấp đồng bộ", PN,
        total=40, percent=77.5),
    fig("ốp lát 1.245 mộ", "1.245", 1245, "count", "mộ", "mộ liệt sĩ được cải tạo, ốp lát", P6b),
    fig("lần lượt 312", "312", 312, "count", "mộ", "mộ liệt sĩ được cải tạo, ốp lát", P6b),
    fig("312, 287", "287", 287, "count", "mộ", "mộ liệt sĩ được cải tạo, ốp lát", P6b),
    fig("và 265 mộ", "265", 265, "count", "mộ", "mộ liệt sĩ được cải tạo, ốp lát", P6b),
    fig("mức 10 triệu đồng/mộ", "10", 10e6, "money", "đồng/mộ", "mức hỗ trợ cải tạo mộ liệt sĩ"),
    fig("tối đa 500 triệu đồng/công trình", "500", 500e6, "money", "đồng/công trình",
        "mức hỗ trợ xây mới nhà bia ghi tên liệt sĩ cấp xã", approx="at_most"),
    fig("khởi công mới 5 nghĩa trang", "5", 5, "count", "nghĩa trang", "nghĩa trang liệt sĩ cấp xã khởi công mới",
        per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("từ 1,2 đến 2,5 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng mức đầu tư mỗi công trình",
        per("Năm 2024", "2024-01-01", "2024-12-31"), value_max=2.5e9),
    fig("khoảng 3 km", "3", 3, "measure", "km", "khoảng cách từ nghĩa trang liệt sĩ huyện đến trung tâm thị trấn",
        approx="about", optional=True),
    fig("2025, 100% nghĩa trang", "100", 100, "percent", "%", "nghĩa trang liệt sĩ được nâng cấp, tu bổ khang trang",
        P25, status="target"),
    fig("và 100% mộ", "100", 100, "percent", "%", "mộ liệt sĩ có bia ghi đầy đủ thông tin", P25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Thanh Chương (Nghệ An): nâng cấp, tu bổ nghĩa trang liệt sĩ 6 tháng đầu năm 2024.",
    "District portal, dateline 'Thứ Tư, 10/07/2024 - 08:35', byline after the text, footer address and phone.",
    "Not figures: Nghị quyết số 15/2023/NQ-HĐND, Quốc lộ 46, năm 1985, Khối 4, phone 0238.3821.246.",
    "'khoảng 3 km' (distance of the cemetery from the town centre) is background, optional.",
    "The three budget sources follow 'Trong đó' after the whole (28 tỷ, nearly): total 28e9; the rest is unstated.",
    "'31/40 ... đạt 77,5%': total 40, percent 77.5; 'Đến nay' ends at the dateline. 'lần lượt' items: communes, location stays the district,",
    "revised: the communes Thanh Long/Thanh Hà/Ngọc Lâm were locations; FIGURES.md names only province, city or district, so Thanh Chương.",
    "no total (no cue, not the full breakdown). Rates: đồng/mộ, đồng/công trình; 'mỗi công trình ... từ 1,2 đến 2,5 tỷ' a range in đồng.",
]

if __name__ == "__main__":
    emit("p587-2", TEXT, COMMENTS, FIGS, published="2024-07-10", location="Thanh Chương")
