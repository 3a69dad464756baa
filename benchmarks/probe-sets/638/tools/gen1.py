from lib import *

TEXT = """Cổng thông tin điện tử tỉnh Hà Giang
Trang chủ > Tin tức - Sự kiện > Kinh tế
Hà Giang bàn giao 42 cầu treo dân sinh trong 6 tháng đầu năm
Cập nhật: 15/07/2024 08:45
Lượt xem: 1.864

Theo Sở Giao thông vận tải, trong 6 tháng đầu năm 2024, tỉnh Hà Giang đã hoàn thành, bàn giao đưa vào sử dụng 42 cầu treo dân sinh, tăng 15 cầu so với cùng kỳ năm 2023, đạt 60% kế hoạch năm. Các cầu tập trung chủ yếu tại các huyện Mèo Vạc (9 cầu), Đồng Văn (8 cầu), Hoàng Su Phì (7 cầu) và Xín Mần (6 cầu).

Tổng vốn đầu tư các công trình khoảng 126,8 tỷ đồng, trong đó vốn vay Ngân hàng Thế giới 98,5 tỷ đồng, vốn đối ứng ngân sách tỉnh 28,3 tỷ đồng. Các cầu có chiều dài từ 40 đến 120 m, mặt cầu rộng 1,5 m, tải trọng thiết kế 350 kg/m², bảo đảm cho người đi bộ và xe máy lưu thông an toàn.

Đáng chú ý, cầu treo Lũng Pù (huyện Mèo Vạc) dài 96 m, nối Quốc lộ 4C với các thôn vùng cao, được xây dựng thay thế cầu tạm bằng gỗ đã xuống cấp, phục vụ đi lại cho 312 hộ dân của ba thôn. Khi đưa vào sử dụng, các cây cầu giúp hơn 5.200 hộ với gần 24.000 nhân khẩu đi lại thuận lợi trong mùa mưa lũ.

Theo kế hoạch, năm 2024 tỉnh phấn đấu hoàn thành 70 cầu treo. Tính đến hết tháng 6/2024, lũy kế giải ngân vốn dự án đạt 412,6 tỷ đồng, bằng 64,5% tổng mức đầu tư được phê duyệt tại Quyết định số 1152/QĐ-UBND ngày 12/6/2023. Dự kiến đến năm 2025, toàn tỉnh sẽ đầu tư tổng cộng 215 cầu treo, xóa bỏ các điểm người dân phải qua suối bằng cầu tạm.

Mọi phản ánh về cầu treo mất an toàn xin gọi đường dây nóng Sở GTVT: 0219.3866.250.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SUBJ = "cầu treo dân sinh hoàn thành, bàn giao đưa vào sử dụng"

FIGS = [
    F("bàn giao 42 cầu treo", "42", 42, "count", "cầu treo", "cầu treo dân sinh bàn giao", H1),
    F("sử dụng 42 cầu treo dân sinh", "42", 42, "count", "cầu treo", SUBJ, H,
      percent=60, change=CH("increase", 15, "cầu", "cùng kỳ năm 2023")),
    F("Mèo Vạc (9 cầu)", "9", 9, "count", "cầu", SUBJ, I(H), location="Mèo Vạc"),
    F("Đồng Văn (8 cầu)", "8", 8, "count", "cầu", SUBJ, I(H), location="Đồng Văn"),
    F("Hoàng Su Phì (7 cầu)", "7", 7, "count", "cầu", SUBJ, I(H), location="Hoàng Su Phì"),
    F("Xín Mần (6 cầu)", "6", 6, "count", "cầu", SUBJ, I(H), location="Xín Mần"),
    F("khoảng 126,8 tỷ đồng", "126,8", 126.8e9, "money", "đồng", "tổng vốn đầu tư các công trình", I(H), approx="about"),
    F("Thế giới 98,5 tỷ đồng", "98,5", 98.5e9, "money", "đồng", "vốn vay Ngân hàng Thế giới", I(H), total=126.8e9),
    F("tỉnh 28,3 tỷ đồng", "28,3", 28.3e9, "money", "đồng", "vốn đối ứng ngân sách tỉnh", I(H), total=126.8e9),
    F("từ 40 đến 120 m", "40", 40, "measure", "m", "chiều dài các cầu", value_max=120),
    F("rộng 1,5 m", "1,5", 1.5, "measure", "m", "mặt cầu rộng"),
    F("350 kg/m²", "350", 350, "measure", "kg/m²", "tải trọng thiết kế"),
    F("dài 96 m", "96", 96, "measure", "m", "chiều dài cầu treo Lũng Pù", location="Mèo Vạc"),
    F("cho 312 hộ dân", "312", 312, "count", "hộ dân", "hộ dân được cầu treo Lũng Pù phục vụ đi lại", location="Mèo Vạc"),
    F("của ba thôn", "ba", 3, "count", "thôn", "thôn được cầu treo Lũng Pù phục vụ đi lại", location="Mèo Vạc"),
    F("hơn 5.200 hộ", "5.200", 5200, "count", "hộ", "hộ đi lại thuận lợi nhờ các cây cầu", approx="over"),
    F("gần 24.000 nhân khẩu", "24.000", 24000, "count", "nhân khẩu", "nhân khẩu đi lại thuận lợi nhờ các cây cầu", approx="nearly"),
    F("hoàn thành 70 cầu treo", "70", 70, "count", "cầu treo", "cầu treo hoàn thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 412,6 tỷ đồng", "412,6", 412.6e9, "money", "đồng", "lũy kế giải ngân vốn dự án",
      P("Tính đến hết tháng 6/2024", None, "2024-06-30"), percent=64.5),
    F("tổng cộng 215 cầu treo", "215", 215, "count", "cầu treo", "cầu treo đầu tư",
      P("đến năm 2025", None, "2025-12-31"), status="forecast"),
]

emit("p638-1", TEXT, [
    "Cổng TTĐT tỉnh Hà Giang (province portal): cầu treo dân sinh bàn giao 6 tháng đầu năm 2024, vốn, thông số, hộ hưởng lợi, kế hoạch.",
    "Headline '6 tháng đầu năm' takes 2024 (dateline). District list in brackets has no cue and does not add up to 42: no total.",
    "Lũng Pù is in huyện Mèo Vạc (named in the bracket): location Mèo Vạc. 'Lượt xem: 1.864', 'Quốc lộ 4C', QĐ number, phone are not figures.",
    "revised: subject of '70 cầu treo' was 'cầu treo hoàn thành theo kế hoạch'; the status cue is not part of the indicator.",
], FIGS, published="2024-07-15", location="Hà Giang")
