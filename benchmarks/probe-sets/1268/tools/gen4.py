"""p1268-4: ministry site (Bộ NN&PTNT): national organic fertiliser and vermicompost figures, exports, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Phân trùn quế góp phần thúc đẩy sản xuất phân bón hữu cơ

14/11/2024 | 15:05 | Cục Bảo vệ thực vật

Theo Cục Bảo vệ thực vật, tính đến ngày 31/10/2024, cả nước có 2.987 sản phẩm phân bón hữu cơ được công nhận lưu hành theo Nghị định số 84/2019/NĐ-CP, trong đó khoảng 210 sản phẩm có nguồn gốc từ phân trùn quế. Tổng công suất thiết kế của các cơ sở sản xuất phân bón hữu cơ đạt gần 4,2 triệu tấn/năm, nhưng sản lượng thực tế năm 2023 mới đạt khoảng 1,6 triệu tấn, tương đương 38% công suất.

Ước tính cả nước hiện có hơn 5.000 cơ sở, hộ gia đình nuôi trùn quế, tập trung ở Đồng bằng sông Cửu Long và Đông Nam Bộ, với sản lượng phân trùn khoảng 250-300 nghìn tấn mỗi năm.

Phân trùn quế Việt Nam đã có mặt tại Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) và Australia. Năm 2023, kim ngạch xuất khẩu phân bón hữu cơ đạt khoảng 85 triệu USD, tăng 21% so với năm 2022, trong đó Nhật Bản chiếm 34%, Hàn Quốc chiếm 22%. 9 tháng đầu năm 2024, kim ngạch này ước đạt 71,3 triệu USD, tăng 9,8% so với cùng kỳ.

Hiện phân bón hữu cơ mới chiếm chưa đến 10% tổng lượng phân bón sử dụng. Theo Đề án phát triển phân bón hữu cơ, mục tiêu đến năm 2030, sản lượng phân bón hữu cơ đạt 3 triệu tấn, chiếm ít nhất 30% tổng lượng phân bón sử dụng trong nông nghiệp.

Bộ khuyến khích các địa phương nhân rộng mô hình nuôi trùn quế; dự kiến năm 2025 tổ chức 3 hội nghị chuyên đề tại Cần Thơ, Lâm Đồng và Đắk Lắk.

Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

ASOF = per("tính đến ngày 31/10/2024", None, "2024-10-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23c = per("Năm 2023", "2023-01-01", "2023-12-31")
N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("có 2.987 sản phẩm", "2.987", 2987, "count", "sản phẩm",
        subject="sản phẩm phân bón hữu cơ được công nhận lưu hành", period=ASOF),
    fig("khoảng 210 sản phẩm", "210", 210, "count", "sản phẩm", approx="about", total=2987,
        subject="sản phẩm có nguồn gốc từ phân trùn quế", period=ASOF),
    fig("gần 4,2 triệu", "4,2", 4.2e6, "measure", "tấn/năm", approx="nearly",
        subject="tổng công suất thiết kế của các cơ sở sản xuất phân bón hữu cơ"),
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "measure", "tấn", approx="about", percent=38,
        subject="sản lượng thực tế phân bón hữu cơ", period=Y23),
    fig("hơn 5.000 cơ sở", "5.000", 5000, "count", "cơ sở", approx="over", status="estimate",
        subject="cơ sở, hộ gia đình nuôi trùn quế"),
    fig("khoảng 250-300 nghìn", "250", 250000, "measure", "tấn/năm", value_max=300000, approx="about",
        status="estimate", subject="sản lượng phân trùn"),
    fig("khoảng 85 triệu", "85", 85e6, "money", "USD", approx="about",
        change=chg("increase", 21, "%", "năm 2022"),
        subject="kim ngạch xuất khẩu phân bón hữu cơ", period=Y23c),
    fig("Nhật Bản chiếm 34%", "34", 34, "percent", "%",
        subject="tỷ trọng của Nhật Bản trong kim ngạch xuất khẩu phân bón hữu cơ", period=Y23c),
    fig("Hàn Quốc chiếm 22%", "22", 22, "percent", "%",
        subject="tỷ trọng của Hàn Quốc trong kim ngạch xuất khẩu phân bón hữu cơ", period=Y23c),
    fig("ước đạt 71,3 triệu", "71,3", 71.3e6, "money", "USD", status="estimate",
        change=chg("increase", 9.8, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu phân bón hữu cơ", period=N9),
    fig("chưa đến 10%", "10", 10, "percent", "%", approx="under",
        subject="tỷ trọng phân bón hữu cơ trong tổng lượng phân bón sử dụng"),
    fig("đạt 3 triệu", "3", 3e6, "measure", "tấn", status="target", percent=30,
        subject="sản lượng phân bón hữu cơ", period=T30),
    fig("tổ chức 3 hội nghị", "3", 3, "count", "hội nghị", status="forecast",
        subject="hội nghị chuyên đề nhân rộng mô hình nuôi trùn quế", period=Y25),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '14/11/2024 | 15:05 | Cục Bảo vệ thực vật', address footer. National figures: location Việt Nam.",
    "Distractors: 'Nghị định số 84/2019/NĐ-CP', 15:05, 'Số 2 Ngọc Hà', 'tính đến ngày 31/10/2024' (an as-of date), 'năm 2022' baseline.",
    "'trong đó khoảng 210 sản phẩm' takes total 2.987 and the as-of date. 'tương đương 38% công suất' is the percent of 1,6 triệu tấn.",
    "'Ước tính' governs the whole sentence (5.000 and 250-300 nghìn): estimate. 'hiện' gives no period. '... mỗi năm' → tấn/năm.",
    "Nhật Bản, Hàn Quốc are trade partners, not places: their shares are percent figures located in Việt Nam, the partner in the subject.",
    "'chiếm ít nhất 30%' is the percent attribute of the 3 triệu tấn target (the attribute's 'ít nhất' is not a field of the figure).",
    "The conferences 'tại Cần Thơ, Lâm Đồng và Đắk Lắk' are a national programme of the ministry: location Việt Nam.",
]

if __name__ == "__main__":
    write("p1268-4", TEXT, NOTES, FIGS, published="2024-11-14", location="Việt Nam")
