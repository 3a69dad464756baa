"""p1148-6: national newspaper: illegal burial of hazardous waste in huyện Trảng Bom (Đồng Nai)."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Môi trường

Chôn lấp trái phép 40 tấn chất thải nguy hại, doanh nghiệp bị phạt 1,2 tỷ đồng

Thứ năm, 18/7/2024, 10:15 (GMT+7)

Đồng Nai - Công ty TNHH Sơn Mỹ Việt ở Khu công nghiệp Hố Nai 3, huyện Trảng Bom, bị phạt 1,2 tỷ đồng vì thuê người chôn lấp khoảng 40 tấn cặn sơn, bùn thải chứa kim loại nặng xuống khu đất rộng hơn 2.000 m2 ở xã Bắc Sơn.

Theo Phòng Cảnh sát phòng, chống tội phạm về môi trường Công an tỉnh, hồi tháng 6, người dân phát hiện 6 xe tải chở chất thải đổ xuống hố sâu khoảng 5 m. Cơ quan chức năng thu giữ 3 xe; kết quả phân tích mẫu đất cho thấy hàm lượng chì vượt quy chuẩn 14 lần, crom vượt 6,5 lần. Ngoài tiền phạt, công ty bị đình chỉ hoạt động 6 tháng và phải chi khoảng 800 triệu đồng để đào, vận chuyển toàn bộ chất thải đi xử lý.

Năm 2023, Đồng Nai phát sinh khoảng 110.000 tấn chất thải nguy hại công nghiệp, đứng thứ hai cả nước sau Bình Dương. 6 tháng đầu năm nay, Công an tỉnh phát hiện 23 vụ vi phạm về quản lý chất thải nguy hại, gấp 1,5 lần cùng kỳ năm trước; trong đó 4 vụ chôn lấp, đổ thải trái phép.

Cả nước hiện có khoảng 124 cơ sở được cấp phép xử lý chất thải nguy hại, song chi phí xử lý từ 4 đến 12 triệu đồng mỗi tấn khiến không ít doanh nghiệp tìm cách đổ trộm. Theo Nghị định 45/2022, hành vi chôn lấp, đổ thải trái phép chất thải nguy hại có thể bị phạt tới 1 tỷ đồng với cá nhân và 2 tỷ đồng với tổ chức.

Phước Tuấn
"""

M6 = P("hồi tháng 6", "2024-06-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm nay", "2024-01-01", "2024-06-30")
TB = "Trảng Bom"
VN = "Việt Nam"

FIGS = [
    F("trái phép 40 tấn", "40", 40, "measure", "tấn",
      subject="chất thải nguy hại chôn lấp trái phép", location=TB),
    F("phạt 1,2 tỷ đồng\n", "1,2", 1200000000, "money", "đồng", subject="tiền phạt doanh nghiệp", location=TB),
    F("Bom, bị phạt 1,2 tỷ", "1,2", 1200000000, "money", "đồng",
      subject="tiền phạt Công ty TNHH Sơn Mỹ Việt", location=TB),
    F("khoảng 40 tấn", "40", 40, "measure", "tấn", approx="about",
      subject="cặn sơn, bùn thải chứa kim loại nặng chôn lấp", location=TB),
    F("hơn 2.000 m2", "2.000", 2000, "measure", "m2", approx="over",
      subject="diện tích khu đất chôn lấp", location=TB),
    F("phát hiện 6 xe", "6", 6, "count", "xe tải", subject="xe tải chở chất thải đổ xuống hố",
      period=M6, location=TB),
    F("khoảng 5 m", "5", 5, "measure", "m", approx="about", subject="độ sâu của hố", period=M6, location=TB),
    F("thu giữ 3 xe", "3", 3, "count", "xe", subject="xe bị thu giữ", period=I(M6), location=TB),
    F("chuẩn 14 lần", "14", 14, "multiple", "lần", subject="hàm lượng chì so với quy chuẩn", location=TB),
    F("vượt 6,5 lần", "6,5", 6.5, "multiple", "lần", subject="hàm lượng crom so với quy chuẩn", location=TB),
    F("động 6 tháng", "6", 6, "measure", "tháng", optional=True, subject="thời gian đình chỉ hoạt động", location=TB),
    F("khoảng 800 triệu", "800", 800000000, "money", "đồng", approx="about",
      subject="chi phí đào, vận chuyển chất thải đi xử lý", location=TB),
    F("khoảng 110.000 tấn", "110.000", 110000, "measure", "tấn", approx="about",
      subject="chất thải nguy hại công nghiệp phát sinh", period=Y23),
    F("thứ hai cả nước", "hai", 2, "rank", "hạng",
      subject="khối lượng chất thải nguy hại công nghiệp phát sinh", period=Y23),
    F("phát hiện 23 vụ", "23", 23, "count", "vụ",
      change=C("increase", 1.5, "lần", "cùng kỳ năm trước"),
      subject="vụ vi phạm về quản lý chất thải nguy hại", period=H1),
    F("trong đó 4 vụ", "4", 4, "count", "vụ", total=23,
      subject="vụ chôn lấp, đổ thải trái phép chất thải nguy hại", period=H1),
    F("khoảng 124 cơ sở", "124", 124, "count", "cơ sở", approx="about",
      subject="cơ sở được cấp phép xử lý chất thải nguy hại", location=VN),
    F("từ 4 đến 12 triệu", "4", 4000000, "money", "đồng/tấn", value_max=12000000,
      subject="chi phí xử lý chất thải nguy hại", location=VN),
    F("tới 1 tỷ", "1", 1000000000, "money", "đồng", approx="at_most",
      subject="mức phạt cá nhân chôn lấp, đổ thải trái phép chất thải nguy hại", location=VN),
    F("và 2 tỷ", "2", 2000000000, "money", "đồng", approx="at_most",
      subject="mức phạt tổ chức chôn lấp, đổ thải trái phép chất thải nguy hại", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ năm, 18/7/2024, 10:15 (GMT+7)', place tag 'Đồng Nai -', byline at the end. Default location Đồng Nai.",
    "Case passage in huyện Trảng Bom: its figures get Trảng Bom, also in the following paragraph (same company). No period for the fine itself.",
    "Headline '40 tấn' and '1,2 tỷ' repeat the lead (each a figure). 'vượt quy chuẩn 14 lần', 'crom vượt 6,5 lần' stand as the claim → multiple.",
    "'gấp 1,5 lần cùng kỳ năm trước' after a count → change (1,5 lần). 'trong đó 4 vụ' part of 23. 'đứng thứ hai' → rank 2 (number word).",
    "'Cả nước' sentence and the Nghị định fines → Việt Nam; 'phạt tới' → at_most (applies to both amounts). 'đình chỉ hoạt động 6 tháng' optional.",
    "Distractors: 'Khu công nghiệp Hố Nai 3', 'Nghị định 45/2022', '(GMT+7)', 10:15.",
]

if __name__ == "__main__":
    write("p1148-6", TEXT, NOTES, FIGS, published="2024-07-18", location="Đồng Nai")
