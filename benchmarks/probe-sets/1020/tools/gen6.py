"""p1020-6: national newspaper (VnExpress style), TP HCM pawnshops and lending apps, 8 months 2024."""
from lib import F, P, I, C, write

TEXT = """Thứ hai, 16/9/2024, 14:05 (GMT+7)
TP HCM xử phạt 126 cơ sở cầm đồ vi phạm

8 tháng đầu năm, Công an TP HCM kiểm tra gần 2.900 lượt cơ sở cầm đồ, phát hiện 126 cơ sở vi phạm, phạt hơn 1,9 tỷ đồng.

Theo Phòng Cảnh sát quản lý hành chính về trật tự xã hội (PC06), Công an TP HCM, tính đến cuối tháng 8, thành phố có 3.386 cơ sở kinh doanh dịch vụ cầm đồ, nhiều nhất là TP Thủ Đức (412 cơ sở), quận Bình Tân (287 cơ sở), huyện Bình Chánh (251 cơ sở) và quận 12 (176 cơ sở).

Trong số 126 cơ sở vi phạm, 41 cơ sở cho vay với lãi suất vượt quá 100%/năm, 18 cơ sở nhận cầm cố tài sản không rõ nguồn gốc, số còn lại vi phạm về sổ sách, báo cáo. So với cùng kỳ năm ngoái, số cơ sở vi phạm giảm 23 cơ sở, song số tiền phạt tăng khoảng 35%.

Ông Lê Văn Bảy, chủ một tiệm cầm đồ ở quận Gò Vấp, cho biết mỗi tháng tiệm nhận cầm khoảng 150-200 xe máy, mức cho vay phổ biến 5-15 triệu đồng/xe, lãi 3%/tháng. Theo luật sư Trần Minh Hải (Đoàn Luật sư TP HCM), mức này tức 36%/năm, đã vượt trần 20%/năm mà Bộ luật Dân sự cho phép.

Ngoài ra, từ đầu năm đến nay, Phòng Cảnh sát hình sự (PC02) đã tiếp nhận 74 đơn tố giác liên quan đến các ứng dụng cho vay trực tuyến, khởi tố 9 vụ, 23 bị can. Các đối tượng giải ngân cho hơn 15.000 người vay với tổng số tiền khoảng 120 tỷ đồng, lãi suất quy đổi có ứng dụng lên tới 1.825%/năm.

Công an TP HCM dự kiến trong quý IV sẽ kiểm tra thêm khoảng 1.200 lượt cơ sở, tập trung vào các tiệm cầm đồ hoạt động 24/24 giờ.

Đình Văn
"""

M8 = P("8 tháng đầu năm", "2024-01-01", "2024-08-31")
ASOF = P("tính đến cuối tháng 8", None, "2024-08-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-16")
SUBJ = "cơ sở kinh doanh dịch vụ cầm đồ"
GV = "Gò Vấp"
FIGS = [
    F("xử phạt 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở cầm đồ vi phạm bị xử phạt"),
    F("gần 2.900 lượt", "2.900", 2900, "count", "lượt cơ sở", "lượt cơ sở cầm đồ được kiểm tra", M8,
      approx="nearly"),
    F("phát hiện 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở vi phạm", M8),
    F("hơn 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tiền phạt", M8, approx="over"),
    F("có 3.386 cơ sở", "3.386", 3386, "count", "cơ sở", SUBJ, ASOF),
    F("(412 cơ sở)", "412", 412, "count", "cơ sở", SUBJ, ASOF, location="Thủ Đức"),
    F("(287 cơ sở)", "287", 287, "count", "cơ sở", SUBJ, ASOF, location="Bình Tân"),
    F("(251 cơ sở)", "251", 251, "count", "cơ sở", SUBJ, ASOF, location="Bình Chánh"),
    F("(176 cơ sở)", "176", 176, "count", "cơ sở", SUBJ, ASOF, location="Quận 12"),
    F("Trong số 126 cơ sở", "126", 126, "count", "cơ sở", "cơ sở vi phạm", I(M8), optional=True),
    F("41 cơ sở", "41", 41, "count", "cơ sở", "cơ sở cho vay với lãi suất vượt quá 100%/năm", I(M8), total=126),
    F("vượt quá 100%", "100", 100, "percent", "%", "lãi suất", approx="over", optional=True),
    F("18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở nhận cầm cố tài sản không rõ nguồn gốc", I(M8), total=126),
    F("giảm 23 cơ sở", "23", 23, "count", "cơ sở", "số cơ sở vi phạm giảm so với cùng kỳ năm ngoái", I(M8)),
    F("tăng khoảng 35%", "35", 35, "percent", "%", "số tiền phạt tăng", I(M8), approx="about"),
    F("khoảng 150-200 xe máy", "150", 150, "count", "xe máy", "xe máy tiệm nhận cầm mỗi tháng",
      value_max=200, approx="about", location=GV),
    F("5-15 triệu đồng/xe", "5", 5e6, "money", "đồng/xe", "mức cho vay phổ biến", value_max=15e6, location=GV),
    F("lãi 3%", "3", 3, "percent", "%", "lãi suất theo tháng", location=GV),
    F("tức 36%", "36", 36, "percent", "%", "lãi suất quy đổi theo năm", location=GV),
    F("trần 20%", "20", 20, "percent", "%", "trần lãi suất theo Bộ luật Dân sự", approx="at_most",
      optional=True),
    F("tiếp nhận 74 đơn", "74", 74, "count", "đơn", "đơn tố giác liên quan đến các ứng dụng cho vay trực tuyến", YTD),
    F("khởi tố 9 vụ", "9", 9, "count", "vụ", "vụ đã khởi tố", YTD),
    F("23 bị can", "23", 23, "count", "bị can", "bị can đã khởi tố", YTD),
    F("hơn 15.000 người", "15.000", 15000, "count", "người", "người vay qua ứng dụng", I(YTD), approx="over"),
    F("khoảng 120 tỷ đồng", "120", 120e9, "money", "đồng", "tổng số tiền giải ngân", I(YTD), approx="about"),
    F("lên tới 1.825%", "1.825", 1825, "percent", "%", "lãi suất quy đổi cao nhất", I(YTD)),
    F("khoảng 1.200 lượt", "1.200", 1200, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra thêm",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Probe 1020-6: national newspaper (VnExpress style), 'Thứ hai, 16/9/2024, 14:05 (GMT+7)', byline at the end. TP HCM.",
    "Year-less '8 tháng đầu năm', 'cuối tháng 8', 'quý IV' take 2024 from the dateline; 'từ đầu năm đến nay' ends at it.",
    "Headline 126 (no period phrase) is its own figure; 'Trong số 126 cơ sở vi phạm' restates it as the whole of 41 and 18: optional.",
    "'giảm 23 cơ sở' and 'tăng khoảng 35%' stand without a base amount in their sentence: figures of their own, no change.",
    "The pawnshop owner's figures are located in Gò Vấp; the lawyer's 'tức 36%/năm' restates that shop's rate (Gò Vấp).",
    "The legal cap 20%/năm and the 100%/năm category threshold are optional.",
    "Distractors: quận 12 (a name; its 176 cơ sở is a figure), 24/24 giờ, Lê Văn Bảy, PC06, PC02, (GMT+7), 14:05.",
]

write("p1020-6", TEXT, NOTES, FIGS, published="2024-09-16", location="TP Hồ Chí Minh")
