"""p500-7: Sở Tài chính tỉnh Long An (department site, no dateline) — thu, chi ngân sách quý I/2024, one cell per line."""
from lib import F, P, I, CH, T, emit

TEXT = """SỞ TÀI CHÍNH TỈNH LONG AN
Giới thiệu | Tin tức | Công khai ngân sách | Văn bản | Liên hệ

Tình hình thu, chi ngân sách nhà nước quý I năm 2024

Quý I/2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Long An ước đạt 25,4% dự toán năm, tăng 7,2% so với cùng kỳ. Kết quả cụ thể như sau:

Bảng 1. Kết quả thu, chi ngân sách quý I/2024
Đơn vị tính: tỷ đồng
Nội dung
Dự toán năm 2024
Ước thực hiện quý I
Ước TH so dự toán (%)
Tổng thu NSNN trên địa bàn
20.150
5.126,4
25,4
Thu nội địa
16.650
4.210,7
25,3
Thu từ hoạt động xuất nhập khẩu
3.500
915,7
26,2
Tổng chi ngân sách địa phương
18.420
3.912,8
21,2

Về cơ cấu, 13/16 khoản thu đạt trên 22% dự toán. Thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài đạt 1.382,5 tỷ đồng, tăng 18,9% so với cùng kỳ; thu tiền sử dụng đất chỉ đạt 386 tỷ đồng, bằng 14,3% dự toán. Chi đầu tư phát triển đạt 1.845,6 tỷ đồng, chiếm 47,2% tổng chi ngân sách địa phương.

Các huyện có tiến độ thu khá gồm Đức Hòa (31,2%), Bến Lức (29,8%) và Cần Giuộc (28,5%); riêng thành phố Tân An đạt 19,6%.

Theo Sở Tài chính, quý II cần tập trung đôn đốc thu hồi nợ thuế theo Chỉ thị số 05/CT-UBND, phấn đấu đến hết tháng 6 thu đạt từ 50 đến 55% dự toán.

Địa chỉ: số 61 Nguyễn Huệ, Phường 1, TP Tân An | Điện thoại: 0272.3826.411
Lượt truy cập: 1.204.556
"""

Y = P("Dự toán năm 2024", "2024-01-01", "2024-12-31")
Q1 = P("Ước thực hiện quý I", "2024-01-01", "2024-03-31")
# The "(%)" column header states no period: the quarter comes from the table title (inherited, not scored).
Q1r = I("quý I/2024", "2024-01-01", "2024-03-31")


def row(label, plan, est, ratio):
    out = []
    a, n, v = plan
    out.append(F(a, n, v * 1e9, "money", "đồng", f"{label} dự toán năm 2024", Y, status="target"))
    a, n, v = est
    out.append(F(a, n, v * 1e9, "money", "đồng", f"{label} ước thực hiện quý I", Q1, status="estimate"))
    a, n, v = ratio
    out.append(F(a, n, v, "percent", "%", f"{label} ước thực hiện so dự toán", Q1r, status="estimate"))
    return out


FIGS = [
    F("ước đạt 25,4% dự toán năm", "25,4", 25.4, "percent", "%",
      "tổng thu ngân sách nhà nước trên địa bàn so với dự toán năm", P("Quý I/2024", "2024-01-01", "2024-03-31"),
      status="estimate"),
    F("tăng 7,2%", "7,2", 7.2, "percent", "%",
      "tổng thu ngân sách nhà nước trên địa bàn so với cùng kỳ", P("Quý I/2024", "2024-01-01", "2024-03-31"),
      status="estimate"),
]
FIGS += row("Tổng thu NSNN trên địa bàn", ("\n20.150\n", "20.150", 20150), ("\n5.126,4\n", "5.126,4", 5126.4),
            ("\n25,4\n", "25,4", 25.4))
FIGS += row("Thu nội địa", ("\n16.650\n", "16.650", 16650), ("\n4.210,7\n", "4.210,7", 4210.7),
            ("\n25,3\n", "25,3", 25.3))
FIGS += row("Thu từ hoạt động xuất nhập khẩu", ("\n3.500\n", "3.500", 3500), ("\n915,7\n", "915,7", 915.7),
            ("\n26,2\n", "26,2", 26.2))
FIGS += row("Tổng chi ngân sách địa phương", ("\n18.420\n", "18.420", 18420), ("\n3.912,8\n", "3.912,8", 3912.8),
            ("\n21,2\n", "21,2", 21.2))
FIGS += [
    F("13/16 khoản thu", "13", 13, "count", "khoản thu",
      "khoản thu đạt trên 22% dự toán", total=16),
    F("trên 22% dự toán", "22", 22, "percent", "%",
      "khoản thu so với dự toán", approx="over", optional=True),
    F("đạt 1.382,5 tỷ đồng", "1.382,5", 1382500000000, "money", "đồng",
      "thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài",
      change=CH("increase", 18.9, baseline="cùng kỳ")),
    F("đạt 386 tỷ đồng", "386", 386000000000, "money", "đồng",
      "thu tiền sử dụng đất", percent=14.3),
    F("đạt 1.845,6 tỷ đồng", "1.845,6", 1845600000000, "money", "đồng",
      "chi đầu tư phát triển", percent=47.2),
    F("Đức Hòa (31,2%)", "31,2", 31.2, "percent", "%",
      "tiến độ thu", location="Đức Hòa"),
    F("Bến Lức (29,8%)", "29,8", 29.8, "percent", "%",
      "tiến độ thu", location="Bến Lức"),
    F("Cần Giuộc (28,5%)", "28,5", 28.5, "percent", "%",
      "tiến độ thu", location="Cần Giuộc"),
    F("đạt 19,6%", "19,6", 19.6, "percent", "%",
      "tiến độ thu", location="Tân An"),
    F("từ 50 đến 55%", "50", 50, "percent", "%",
      "thu so với dự toán", P("đến hết tháng 6", None, "2024-06-30"),
      value_max=55, status="target"),
]

COMMENTS = [
    "Sở Tài chính tỉnh Long An (department site): thu, chi NSNN quý I/2024. No dateline, so no `published`; 'Lượt truy cập: 1.204.556' is page furniture.",
    "Not figures: 'Bảng 1', 'Chỉ thị số 05/CT-UBND', 'số 61 Nguyễn Huệ, Phường 1', the phone number, 'quý II' (a period without a figure).",
    "The lead's 25,4% and 7,2% are rates with no base amount: percent figures of their own (estimate).",
    "Table with one cell per line: 'Đơn vị tính: tỷ đồng' gives ×10⁹ đồng to the money columns; the '(%)' column header overrides it.",
    "'Dự toán năm 2024' cells are targets, 'Ước thực hiện quý I' and 'Ước TH so dự toán (%)' cells are estimates; periods from the column headers",
    "where a header states one; the '(%)' column states none, so its cells take quý I/2024 from the table title (inherited).",
    "Table rows have no 'Trong đó' cue, so the revenue lines get no total. '13/16 khoản thu' has total 16; the 22% threshold is optional.",
    "District list: Đức Hòa, Bến Lức, Cần Giuộc and thành phố Tân An go to location, subject 'tiến độ thu'. The closing 'từ 50 đến 55%' is a target",
    "range ('phấn đấu đến hết tháng 6' = as-of 2024-06-30).",
    "revised: the four 'Ước TH so dự toán (%)' cells' period changed from stated (scored) to inherited from the table title — the header holds no period.",
]

if __name__ == "__main__":
    emit("p500-7", TEXT, COMMENTS, FIGS, published=None, location="Long An")
