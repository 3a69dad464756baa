"""p1490-4: ministry site (Bộ KH&CN): state quality inspection of imported microwave and electric ovens, national figures 2023."""
from lib import F, P, inh, ch, tg, write

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức - Sự kiện > Tiêu chuẩn - Đo lường - Chất lượng

Siết chặt kiểm tra chất lượng lò vi sóng, lò nướng điện nhập khẩu

15/03/2024 | 10:05 | Tổng cục Tiêu chuẩn Đo lường Chất lượng

Năm 2023, các cơ quan kiểm tra đã tiếp nhận 8.460 hồ sơ đăng ký kiểm tra nhà nước về chất lượng đối với lò vi sóng, lò nướng điện nhập khẩu, tăng 12,4% so với năm 2022. Trong số đó, 8.391 hồ sơ được thông báo đáp ứng yêu cầu chất lượng, 69 hồ sơ phải bổ sung hoặc không được thông quan.

Theo số liệu của Tổng cục Hải quan, năm 2023 cả nước nhập khẩu khoảng 3,6 triệu chiếc lò vi sóng và hơn 2,4 triệu chiếc lò nướng điện, tổng kim ngạch đạt 312 triệu USD. Trung Quốc là thị trường cung cấp lớn nhất, chiếm 78,5% kim ngạch, tiếp đến là Thái Lan (9,2%) và Malaysia (5,1%).

Cũng trong năm 2023, Tổng cục đã chỉ đạo thử nghiệm giám sát 120 mẫu lò vi sóng lấy trên thị trường, trong đó 11 mẫu có mức rò rỉ vi sóng vượt giới hạn 5 mW/cm2 theo TCVN 5699-2-25 và 17 mẫu không đạt yêu cầu về ghi nhãn.

Về hiệu suất năng lượng, theo Bộ Công Thương, tính đến hết năm 2023 đã có 214 model lò vi sóng được cấp chứng nhận dán nhãn năng lượng, trong đó 39 model đạt mức 5 sao.

Mục tiêu đến năm 2025, 100% lô hàng lò vi sóng, lò nướng điện nhập khẩu được kiểm tra chất lượng trên cơ sở quản lý rủi ro, thời gian xử lý mỗi hồ sơ không quá 1 ngày làm việc.

Tin cùng chuyên mục:
- Hội nghị tổng kết công tác tiêu chuẩn, đo lường, chất lượng năm 2023
- Lấy ý kiến dự thảo QCVN về an toàn đối với thiết bị điện gia dụng

Bộ Khoa học và Công nghệ - 113 Trần Duy Hưng, Cầu Giấy, Hà Nội
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tiếp nhận 8.460 hồ sơ", "8.460", 8460, "count", "hồ sơ", change=ch("increase", 12.4, "%", "năm 2022"),
      subject="hồ sơ đăng ký kiểm tra nhà nước về chất lượng đối với lò vi sóng, lò nướng điện nhập khẩu",
      period=Y23),
    F("8.391 hồ sơ", "8.391", 8391, "count", "hồ sơ", total=8460,
      subject="hồ sơ được thông báo đáp ứng yêu cầu chất lượng", period=inh(Y23)),
    F("69 hồ sơ", "69", 69, "count", "hồ sơ", total=8460,
      subject="hồ sơ phải bổ sung hoặc không được thông quan", period=inh(Y23)),
    F("khoảng 3,6 triệu", "3,6", 3.6e6, "count", "chiếc", approx="about",
      subject="lò vi sóng cả nước nhập khẩu", period=Y23b),
    F("hơn 2,4 triệu", "2,4", 2.4e6, "count", "chiếc", approx="over",
      subject="lò nướng điện cả nước nhập khẩu", period=Y23b),
    F("đạt 312 triệu", "312", 312e6, "money", "USD", subject="tổng kim ngạch nhập khẩu", period=Y23b),
    F("chiếm 78,5%", "78,5", 78.5, "percent", "%", subject="kim ngạch nhập khẩu từ Trung Quốc",
      period=inh(Y23b)),
    F("Thái Lan (9,2%)", "9,2", 9.2, "percent", "%", subject="kim ngạch nhập khẩu từ Thái Lan",
      period=inh(Y23b)),
    F("Malaysia (5,1%)", "5,1", 5.1, "percent", "%", subject="kim ngạch nhập khẩu từ Malaysia",
      period=inh(Y23b)),
    F("giám sát 120 mẫu", "120", 120, "count", "mẫu", subject="mẫu lò vi sóng thử nghiệm giám sát",
      period=Y23c),
    F("trong đó 11 mẫu", "11", 11, "count", "mẫu", total=120,
      subject="mẫu có mức rò rỉ vi sóng vượt giới hạn", period=Y23c),
    F("giới hạn 5 mW/cm2", "5", 5, "measure", "mW/cm2", subject="giới hạn rò rỉ vi sóng",
      optional=True),
    F("17 mẫu", "17", 17, "count", "mẫu", total=120, subject="mẫu không đạt yêu cầu về ghi nhãn",
      period=Y23c),
    F("có 214 model", "214", 214, "count", "model",
      subject="model lò vi sóng được cấp chứng nhận dán nhãn năng lượng", period=ASOF),
    F("39 model", "39", 39, "count", "model", total=214, subject="model đạt mức 5 sao", period=ASOF),
    F("100% lô hàng", "100", 100, "percent", "%", status="target",
      subject="lô hàng lò vi sóng, lò nướng điện nhập khẩu được kiểm tra chất lượng trên cơ sở quản lý rủi ro",
      period=T25),
    F("không quá 1 ngày", "1", 1, "measure", "ngày làm việc", approx="at_most", status="target",
      subject="thời gian xử lý mỗi hồ sơ", period=T25),
]

NOTES = [
    "Ministry site (Bộ KH&CN): quality inspection of imported microwave and electric ovens; national figures, location Việt Nam.",
    "Distractors: '15/03/2024 | 10:05', 'TCVN 5699-2-25' (standard number), 'mức 5 sao' (label level), '113 Trần Duy Hưng', 'năm 2023' in a link title.",
    "'Trong số đó, 8.391 ..., 69 ...' after a sentence break: total 8.460 (8.391 + 69 = 8.460). '120 mẫu ..., trong đó 11 ... và 17 ...': total 120.",
    "Trung Quốc / Thái Lan / Malaysia are trade partners: percent figures of a list, subject names the partner, location stays Việt Nam.",
    "'vượt giới hạn 5 mW/cm2 theo TCVN': a regulatory limit, not a measured fact; optional.",
    "'tính đến hết năm 2023' is an as-of date (start null). 'Mục tiêu đến năm 2025' gives target and period (start null, end 2025-12-31).",
    "'thời gian xử lý mỗi hồ sơ không quá 1 ngày làm việc': measure 1, unit 'ngày làm việc', at_most, target.",
]

if __name__ == "__main__":
    write("p1490-4", TEXT, NOTES, FIGS, published="2024-03-15", location="Việt Nam")
