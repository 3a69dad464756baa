"""p1042-1: province portal (Long An), thu tiền thuê đất 9 tháng 2024."""
from lib import F, P, I, C, build

TEXT = """
Trang chủ > Tin tức - Sự kiện > Kinh tế - Tài chính

Thu tiền thuê đất 9 tháng đạt 86% dự toán

Cập nhật: 08/10/2024 09:45 | Lượt xem: 2.315

Theo Sở Tài chính tỉnh Long An, 9 tháng đầu năm 2024, tổng thu ngân sách từ đất trên địa bàn tỉnh ước đạt 3.412 tỷ đồng, đạt 71,6% dự toán năm, giảm 8,4% so với cùng kỳ năm 2023. Trong đó, thu tiền sử dụng đất ước đạt 2.186 tỷ đồng, đạt 62,5% dự toán; thu tiền thuê đất ước đạt 1.226 tỷ đồng, đạt 86% dự toán, tăng 14,2% so với cùng kỳ.

Toàn tỉnh hiện có 1.148 tổ chức đang thuê đất, trong đó 1.032 tổ chức thuê đất trả tiền hằng năm và 116 tổ chức thuê đất trả tiền một lần cho cả thời gian thuê. Các khu, cụm công nghiệp tại Đức Hòa, Bến Lức, Cần Giuộc dọc Quốc lộ 1A và Quốc lộ N2 thu hút khoảng 640 doanh nghiệp thuê đất với tổng diện tích hơn 2.870 ha.

Tính đến ngày 30/9/2024, số nợ tiền thuê đất trên địa bàn tỉnh là 187,4 tỷ đồng, chiếm 18,3% tổng nợ thuế. Có 94 doanh nghiệp nợ tiền thuê đất quá 90 ngày với số tiền 126 tỷ đồng.

Ông Nguyễn Văn Ba, Phó Giám đốc Sở Tài chính cho biết, đơn giá thuê đất được xác định theo Nghị định số 103/2024/NĐ-CP, với tỷ lệ phần trăm tính đơn giá thuê đất từ 1% đến 1,5% giá đất. Bình quân, đơn giá thuê đất trong các khu công nghiệp khoảng 45.000 đồng/m2/năm.

Hiện có 12 dự án được gia hạn nộp tiền thuê đất theo Nghị định số 64/2024/NĐ-CP với số tiền 38,6 tỷ đồng. Phấn đấu cả năm 2024, thu tiền thuê đất đạt 1.450 tỷ đồng, vượt 2% dự toán; dự kiến quý IV/2024 thu thêm khoảng 230 tỷ đồng.
"""

N9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
TY = 1e9

FIGS = [
    F("Thu tiền thuê đất 9 tháng đạt 86%", "86", 86, "percent", "%",
      "thu tiền thuê đất so với dự toán", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("ước đạt 3.412 tỷ đồng", "3.412", 3412 * TY, "money", "đồng", "tổng thu ngân sách từ đất", N9,
      percent=71.6, change=C("decrease", 8.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 2.186 tỷ đồng", "2.186", 2186 * TY, "money", "đồng", "thu tiền sử dụng đất", I(N9),
      total=3412 * TY, percent=62.5, status="estimate"),
    F("ước đạt 1.226 tỷ đồng", "1.226", 1226 * TY, "money", "đồng", "thu tiền thuê đất", I(N9),
      total=3412 * TY, percent=86, change=C("increase", 14.2, baseline="cùng kỳ"), status="estimate"),
    F("có 1.148 tổ chức", "1.148", 1148, "count", "tổ chức", "tổ chức đang thuê đất"),
    F("1.032 tổ chức", "1.032", 1032, "count", "tổ chức", "tổ chức thuê đất trả tiền hằng năm", total=1148),
    F("116 tổ chức", "116", 116, "count", "tổ chức", "tổ chức thuê đất trả tiền một lần", total=1148),
    F("khoảng 640 doanh nghiệp", "640", 640, "count", "doanh nghiệp",
      "doanh nghiệp thuê đất tại các khu, cụm công nghiệp", approx="about"),
    F("hơn 2.870 ha", "2.870", 2870, "measure", "ha", "tổng diện tích đất thuê của các doanh nghiệp",
      approx="over"),
    F("là 187,4 tỷ đồng", "187,4", 187.4 * TY, "money", "đồng", "số nợ tiền thuê đất", ASOF, percent=18.3),
    F("Có 94 doanh nghiệp", "94", 94, "count", "doanh nghiệp", "doanh nghiệp nợ tiền thuê đất quá 90 ngày",
      I(ASOF)),
    F("quá 90 ngày", "90", 90, "measure", "ngày", approx="over", optional=True),
    F("số tiền 126 tỷ đồng", "126", 126 * TY, "money", "đồng", "số tiền nợ tiền thuê đất quá 90 ngày", I(ASOF)),
    F("từ 1% đến 1,5%", "1", 1, "percent", "%", "tỷ lệ phần trăm tính đơn giá thuê đất", value_max=1.5),
    F("khoảng 45.000 đồng/m2/năm", "45.000", 45000, "money", "đồng/m2/năm",
      "đơn giá thuê đất bình quân trong các khu công nghiệp", approx="about"),
    F("Hiện có 12 dự án", "12", 12, "count", "dự án", "dự án được gia hạn nộp tiền thuê đất"),
    F("số tiền 38,6 tỷ đồng", "38,6", 38.6 * TY, "money", "đồng", "tiền thuê đất được gia hạn"),
    F("đạt 1.450 tỷ đồng", "1.450", 1450 * TY, "money", "đồng", "thu tiền thuê đất",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 2, baseline="dự toán"), status="target"),
    F("khoảng 230 tỷ đồng", "230", 230 * TY, "money", "đồng", "thu thêm tiền thuê đất",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Province portal (Long An): thu ngân sách từ đất, tiền thuê đất 9 tháng 2024; lessees; debt as of 30/9; rent rate; targets.",
    "Distractors: 'Lượt xem: 2.315', Quốc lộ 1A / N2, Nghị định số 103/2024/NĐ-CP, 64/2024/NĐ-CP, 'Nguyễn Văn Ba', date/time.",
    "2.186 + 1.226 = 3.412 after 'Trong đó': both get total 3.412 tỷ. 'quá 90 ngày' is a category threshold (optional).",
    "'vượt 2% dự toán' is a gap to plan: a change of 1.450 tỷ with baseline 'dự toán'. Headline '9 tháng' takes 2024 from published.",
    "640 DN / 2.870 ha lie in three districts (Đức Hòa, Bến Lức, Cần Giuộc): location stays the province.",
]

if __name__ == "__main__":
    build("p1042-1", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Long An")
