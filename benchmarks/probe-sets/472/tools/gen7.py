from lib import F, P, Y, write

TEXT = """Bộ CHQS tỉnh Bình Định: Kết quả kiểm tra bắn đạn thật của dân quân tự vệ năm 2024
Ngày đăng: 20/11/2024 | Lượt xem: 1.207

Thực hiện kế hoạch huấn luyện năm 2024, từ tháng 8 đến tháng 10/2024, Bộ Chỉ huy quân sự tỉnh Bình Định đã tổ chức kiểm tra bắn đạn thật bài 1 súng tiểu liên AK cho lực lượng dân quân tự vệ của 11 huyện, thị xã, thành phố. Kết quả tại một số đơn vị như sau:

Đơn vị
Quân số kiểm tra (người)
Đạt yêu cầu (%)
Khá, giỏi (%)
Hoài Nhơn
612
100
82,4
Phù Cát
548
98,9
76,1
Tây Sơn
503
100
79,5
An Lão
214
97,2
68,7

Toàn tỉnh có 6.842 đồng chí tham gia kiểm tra. Tỷ lệ đạt yêu cầu là 99,1%; tỷ lệ khá, giỏi đạt 75,8%, vượt 5,8% so với chỉ tiêu Bộ Tư lệnh Quân khu 5 giao (70%). So với năm 2023, tỷ lệ khá, giỏi tăng 3,2%.

Thị xã Hoài Nhơn là đơn vị dẫn đầu, xếp thứ nhất toàn tỉnh; huyện An Lão tuy có tỷ lệ khá, giỏi thấp nhất nhưng tăng 8,3% so với năm trước. Đợt kiểm tra có 42 tập thể và 115 cá nhân được khen thưởng; tổng kinh phí bảo đảm đạn, vật chất huấn luyện gần 9,7 tỷ đồng.

Đại tá Lê Văn Thành, Phó Chỉ huy trưởng Bộ CHQS tỉnh cho biết, năm 2025 phấn đấu tỷ lệ khá, giỏi đạt từ 78% trở lên; mỗi huyện tổ chức ít nhất 2 lớp tập huấn cán bộ dân quân.

Mọi thông tin xin liên hệ: Phòng Tham mưu, Bộ CHQS tỉnh, số 02 Phan Bội Châu, TP Quy Nhơn; điện thoại 0256.3822.145.
"""

Y24i = Y(2024, inherited=True)
Q = "quân số kiểm tra bắn đạn thật"
A = "tỷ lệ đạt yêu cầu"
K = "tỷ lệ khá, giỏi"


def row(name, loc, n, n_s, a, a_anchor, k, k_s, k_anchor):
    return [
        F(f"{name}\n{n_s}\n", n_s, n, "count", "người", Q, location=loc, period=Y24i),
        F(a_anchor, a_anchor.split("\n")[1], a, "percent", "%", A, location=loc, period=Y24i),
        F(k_anchor, k_s, k, "percent", "%", K, location=loc, period=Y24i),
    ]


FIGS = (
    [F("của 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có dân quân tự vệ kiểm tra",
       period=P("từ tháng 8 đến tháng 10/2024", "2024-08-01", "2024-10-31"), optional=True)]
    + row("Hoài Nhơn", "Hoài Nhơn", 612, "612", 100, "612\n100\n", 82.4, "82,4", "\n82,4\n")
    + row("Phù Cát", "Phù Cát", 548, "548", 98.9, "548\n98,9\n", 76.1, "76,1", "\n76,1\n")
    + row("Tây Sơn", "Tây Sơn", 503, "503", 100, "503\n100\n", 79.5, "79,5", "\n79,5\n")
    + row("An Lão", "An Lão", 214, "214", 97.2, "214\n97,2\n", 68.7, "68,7", "\n68,7\n")
    + [
        F("có 6.842 đồng chí", "6.842", 6842, "count", "đồng chí", "đồng chí tham gia kiểm tra", period=Y24i),
        F("là 99,1%", "99,1", 99.1, "percent", "%", A, period=Y24i),
        F("đạt 75,8%", "75,8", 75.8, "percent", "%", K,
          change={"direction": "increase", "value": 5.8, "unit": "%", "baseline": "chỉ tiêu Bộ Tư lệnh Quân khu 5 giao"},
          target={"value": 70, "unit": "%", "met": True}, period=Y24i),
        F("khá, giỏi tăng 3,2%", "3,2", 3.2, "percent", "%", "tỷ lệ khá, giỏi tăng so với năm 2023", period=Y24i),
        F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "kết quả kiểm tra bắn đạn thật", location="Hoài Nhơn",
          period=Y24i),
        F("tăng 8,3%", "8,3", 8.3, "percent", "%", "tỷ lệ khá, giỏi tăng so với năm trước", location="An Lão",
          period=Y24i),
        F("có 42 tập thể", "42", 42, "count", "tập thể", "tập thể được khen thưởng", period=Y24i),
        F("và 115 cá nhân", "115", 115, "count", "cá nhân", "cá nhân được khen thưởng", period=Y24i),
        F("gần 9,7 tỷ đồng", "9,7", 9.7e9, "money", "đồng", "tổng kinh phí bảo đảm đạn, vật chất huấn luyện",
          approx="nearly", period=Y24i),
        F("từ 78% trở lên", "78", 78, "percent", "%", K, approx="at_least", status="target", period=Y(2025)),
        F("ít nhất 2 lớp", "2", 2, "count", "lớp", "lớp tập huấn cán bộ dân quân mỗi huyện", approx="at_least",
          status="target", period=Y(2025)),
    ]
)

COMMENTS = [
    "Bộ CHQS tỉnh Bình Định site: kiểm tra bắn đạn thật DQTV 2024. 'Ngày đăng: 20/11/2024 | Lượt xem: 1.207' (date without time + counter).",
    "One-cell-per-line table: header cells 'Quân số kiểm tra (người)', 'Đạt yêu cầu (%)', 'Khá, giỏi (%)'; district rows are locations;",
    "subject = column label; period 'năm 2024' from the title and lead (inherited).",
    "Distractors: 'bài 1' (exercise name), 'súng tiểu liên AK', 'Quân khu 5', 'số 02 Phan Bội Châu', phone, 'từ tháng 8 đến tháng 10/2024'.",
    "'11 huyện, thị xã, thành phố' (all units of the province: structure) optional.",
    "'đạt 75,8%, vượt 5,8% so với chỉ tiêu … (70%)': change vs plan (baseline the plan) and target 70 met. 'So với năm 2023, … tăng 3,2%' and",
    "'tăng 8,3% so với năm trước' stand alone as growth claims (no level in their clause for 3,2%; for An Lão the level is not stated): percent figures.",
    "'xếp thứ nhất toàn tỉnh' is a rank of Hoài Nhơn. 2025: 'phấn đấu … từ 78% trở lên' and 'ít nhất 2 lớp' targets.",
]

write(7, TEXT, FIGS, COMMENTS, published="2024-11-20", location="Bình Định")
