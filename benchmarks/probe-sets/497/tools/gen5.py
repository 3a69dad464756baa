"""p497-5: Party newspaper (Báo Đồng Tháp), rural concrete bridges replacing monkey bridges, 2021-2024."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Đồng Tháp: Hơn 400 cây cầu bê tông thay thế cầu khỉ

(ĐT) - Từ năm 2021 đến nay, toàn tỉnh Đồng Tháp đã xây dựng mới 412 cầu bê tông nông thôn với tổng chiều dài hơn 9.600 m, thay thế toàn bộ cầu khỉ, cầu gỗ xuống cấp trên các tuyến kênh, rạch. Tổng kinh phí đầu tư khoảng 486 tỷ đồng, trong đó vận động xã hội hóa được 173,5 tỷ đồng, chiếm 35,7%.

Riêng năm 2023, tỉnh xây dựng 96 cầu, tăng 14 cầu so với năm 2022. Các huyện có số cầu được xây dựng nhiều là Tháp Mười (21 cầu), Cao Lãnh (18 cầu), Tam Nông (15 cầu) và Lấp Vò (12 cầu).

Theo Sở Giao thông vận tải, suất đầu tư bình quân mỗi cây cầu bê tông khoảng 45 triệu đồng/m dài, tải trọng từ 3,5 đến 5 tấn, bề rộng mặt cầu phổ biến 2,5 m, đủ cho xe ba gác, xe máy lưu thông.

Ông Nguyễn Văn Tư (ấp 3, xã Mỹ An, huyện Tháp Mười) cho biết, gia đình ông góp 120 triệu đồng và hiến 200 m2 đất vườn để xây cầu Kênh 7. "Trước kia học trò phải đi vòng cả cây số, nay qua cầu chỉ mất vài phút", ông Tư nói.

Cùng với cầu, 6 tháng đầu năm 2024, các địa phương đã nâng cấp 187 km đường giao thông nông thôn, nâng tổng số đường trục xã được cứng hóa lên 1.964 km, đạt 92,4%.

Tỉnh phấn đấu năm 2024 xây dựng thêm 80 cầu bê tông; đến năm 2025 có 100% xã đạt tiêu chí giao thông nông thôn mới nâng cao.

Bài, ảnh: PHAN HỒNG NHUNG
18/07/2024
"""

FROM21 = per("Từ năm 2021 đến nay", "2021-01-01", "2024-07-18")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
S_D = "cầu được xây dựng"

F = [
    fig("Hơn 400 cây cầu", "400", 400, "count", "cây cầu", "cầu bê tông thay thế cầu khỉ", inh(FROM21), approx="over"),
    fig("mới 412 cầu", "412", 412, "count", "cầu", "cầu bê tông nông thôn xây dựng mới", FROM21),
    fig("hơn 9.600 m", "9.600", 9600, "measure", "m", "tổng chiều dài cầu bê tông nông thôn xây dựng mới", FROM21, approx="over"),
    fig("khoảng 486 tỷ đồng", "486", 486e9, "money", "đồng", "tổng kinh phí đầu tư", inh(FROM21), approx="about"),
    fig("được 173,5 tỷ đồng", "173,5", 173.5e9, "money", "đồng", "vận động xã hội hóa", inh(FROM21), total=486e9, percent=35.7),
    fig("xây dựng 96 cầu", "96", 96, "count", "cầu", "cầu xây dựng", Y23, change=chg("increase", 14, "cầu", "năm 2022")),
    fig("Tháp Mười (21 cầu)", "21", 21, "count", "cầu", S_D, inh(Y23), location="Tháp Mười"),
    fig("Cao Lãnh (18 cầu)", "18", 18, "count", "cầu", S_D, inh(Y23), location="Cao Lãnh"),
    fig("Tam Nông (15 cầu)", "15", 15, "count", "cầu", S_D, inh(Y23), location="Tam Nông"),
    fig("Lấp Vò (12 cầu)", "12", 12, "count", "cầu", S_D, inh(Y23), location="Lấp Vò"),
    fig("khoảng 45 triệu đồng/m", "45", 45e6, "money", "đồng/m", "suất đầu tư bình quân mỗi cây cầu bê tông", approx="about"),
    fig("từ 3,5 đến 5 tấn", "3,5", 3.5, "measure", "tấn", "tải trọng cầu bê tông", value_max=5),
    fig("phổ biến 2,5 m", "2,5", 2.5, "measure", "m", "bề rộng mặt cầu"),
    fig("góp 120 triệu đồng", "120", 120e6, "money", "đồng", "gia đình ông Nguyễn Văn Tư góp xây cầu", location="Tháp Mười"),
    fig("hiến 200 m2", "200", 200, "measure", "m2", "đất vườn gia đình ông Nguyễn Văn Tư hiến", location="Tháp Mười"),
    fig("nâng cấp 187 km", "187", 187, "measure", "km", "đường giao thông nông thôn được nâng cấp", H1),
    fig("lên 1.964 km", "1.964", 1964, "measure", "km", "tổng số đường trục xã được cứng hóa", percent=92.4),
    fig("thêm 80 cầu", "80", 80, "count", "cầu", "cầu bê tông xây dựng thêm", per("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    fig("có 100% xã", "100", 100, "percent", "%", "xã đạt tiêu chí giao thông nông thôn mới nâng cao",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Probe 497-5. Party newspaper (Báo Đồng Tháp), byline and bare date at the end (published 2024-07-18): rural concrete bridges.",
    "'Từ năm 2021 đến nay' ends at the article's date. Headline unit kept as written ('cây cầu'); the body says 'cầu'.",
    "'trong đó vận động xã hội hóa được 173,5 tỷ đồng, chiếm 35,7%' → total 486 tỷ, percent 35,7.",
    "'tăng 14 cầu so với năm 2022' is the change of 96 cầu. District list (no cue, no figure before it) → no total; districts are locations.",
    "'1.964 km, đạt 92,4%' is a stock (total hard-surfaced commune roads), not a flow of the first half-year: no period.",
    "Rates/specs: 45 triệu đồng/m (money, đồng/m), tải trọng 3,5-5 tấn (range), 2,5 m width. 'vài phút', 'cả cây số' have no number.",
    "Distractors: '(ĐT)', 'ấp 3', 'cầu Kênh 7', 'xe ba gác', 'tiêu chí', the date at the end.",
]

if __name__ == "__main__":
    emit("p497-5", TEXT, COMMENTS, F, published="2024-07-18", location="Đồng Tháp")
