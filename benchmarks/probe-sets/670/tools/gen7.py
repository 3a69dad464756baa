"""p670-7: Sở LĐ-TB&XH Hải Dương department site (no dateline), vocational training, one-cell-per-line table."""
from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HẢI DƯƠNG
Trang chủ | Tin tức - Sự kiện | Giáo dục nghề nghiệp

Dạy nghề giúp người chấp hành xong án phạt tù tái hòa nhập cộng đồng

Năm 2024, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh đã đào tạo nghề cho 186 người chấp hành xong án phạt tù, tăng 24,8% so với năm 2023; trong đó trình độ sơ cấp 41 người, đào tạo dưới 3 tháng 145 người. Các nghề được lựa chọn nhiều là may công nghiệp, điện dân dụng, sửa chữa xe máy, với mức hỗ trợ từ 2 đến 4,5 triệu đồng/người/khóa học.

Sau đào tạo, 78,5% học viên có việc làm hoặc tự tạo việc làm, thu nhập bình quân khoảng 6,2 triệu đồng/tháng.

Số người chấp hành xong án phạt tù được đào tạo nghề tại một số địa phương
Đơn vị tính: người
Địa phương
Năm 2023
Năm 2024
Kế hoạch 2025
TP. Hải Dương
34
41
45
TP. Chí Linh
22
27
30
Thị xã Kinh Môn
19
24
25
Huyện Nam Sách
12
15
20
Toàn tỉnh
149
186
210

Phấn đấu đến năm 2025, 80% người chấp hành xong án phạt tù trong độ tuổi lao động có nhu cầu được học nghề, tư vấn giới thiệu việc làm miễn phí.

Sở đề nghị các doanh nghiệp có nhu cầu tuyển dụng liên hệ Trung tâm Dịch vụ việc làm tỉnh để được hỗ trợ kết nối.

Địa chỉ: số 08 Hồng Quang, TP. Hải Dương | Điện thoại: 0220.3852.475
Tổng số lượt truy cập: 1.284.563
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("Năm 2024", "2024-01-01", "2024-12-31")
C25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
S = "Số người chấp hành xong án phạt tù được đào tạo nghề"


def row(place, lab, a, b, c, loc):
    return [
        F(f"{lab}\n{a}\n", a, float(a), "count", "người", S + " năm 2023", C23, **loc),
        F(f"\n{a}\n{b}\n", b, float(b), "count", "người", S + " năm 2024", C24, **loc),
        F(f"\n{b}\n{c}\n", c, float(c), "count", "người", S + " kế hoạch 2025", C25, status="target", **loc),
    ]


FIGS = [
    F("cho 186 người", "186", 186, "count", "người", "người chấp hành xong án phạt tù được đào tạo nghề", Y24,
      change=CH("increase", 24.8, "%", "năm 2023")),
    F("sơ cấp 41 người", "41", 41, "count", "người", "người được đào tạo nghề trình độ sơ cấp", Y24, total=186),
    F("3 tháng 145 người", "145", 145, "count", "người", "người được đào tạo nghề dưới 3 tháng", Y24, total=186),
    F("dưới 3 tháng", "3", 3, "measure", "tháng", approx="under", optional=True),
    F("từ 2 đến 4,5 triệu", "2", 2e6, "money", "đồng/người/khóa học", "mức hỗ trợ đào tạo nghề", INH(Y24),
      value_max=4.5e6),
    F("đào tạo, 78,5%", "78,5", 78.5, "percent", "%", "học viên có việc làm hoặc tự tạo việc làm sau đào tạo", INH(Y24)),
    F("khoảng 6,2 triệu", "6,2", 6.2e6, "money", "đồng/tháng", "thu nhập bình quân của học viên sau đào tạo",
      INH(Y24), approx="about"),
]
FIGS += row("TP. Hải Dương", "Hải Dương", "34", "41", "45", {})
FIGS += row("TP. Chí Linh", "Chí Linh", "22", "27", "30", {"location": "Chí Linh"})
FIGS += row("Thị xã Kinh Môn", "Kinh Môn", "19", "24", "25", {"location": "Kinh Môn"})
FIGS += row("Huyện Nam Sách", "Nam Sách", "12", "15", "20", {"location": "Nam Sách"})
FIGS += row("Toàn tỉnh", "tỉnh", "149", "186", "210", {})
FIGS += [
    F("2025, 80%", "80", 80, "percent", "%",
      "người chấp hành xong án phạt tù trong độ tuổi lao động có nhu cầu được học nghề, tư vấn giới thiệu việc làm",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Hải Dương department site, no dateline (published absent): vocational training for people released from prison.",
    "One-cell-per-line table with 'Đơn vị tính: người'; every cell is a figure, its period from the column header (scored, as in h23),",
    "'Kế hoạch 2025' cells are targets. The row 'TP. Hải Dương' (the city) and 'Toàn tỉnh' both have location Hải Dương.",
    "'đào tạo dưới 3 tháng' names a training level: optional. Footer address, phone and 'Tổng số lượt truy cập' are not figures.",
]

if __name__ == "__main__":
    emit("p670-7", TEXT, COMMENTS, FIGS, published=None, location="Hải Dương")
