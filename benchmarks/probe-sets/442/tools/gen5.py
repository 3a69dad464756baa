from lib import Doc, P

TEXT = """Quyết liệt thu hồi nợ đọng thuế

13/11/2024 10:25

BGĐT - Tính đến ngày 31/10/2024, tổng nợ thuế trên địa bàn tỉnh là 1.026 tỷ đồng, tăng 8,7% so với thời điểm cuối năm 2023, chiếm 8,9% tổng thu nội địa. Trong đó, nợ có khả năng thu gần 640 tỷ đồng; nợ khó thu, nợ chờ xử lý khoảng 386 tỷ đồng.

Nợ tập trung chủ yếu ở nhóm doanh nghiệp kinh doanh bất động sản, xây dựng với 512 tỷ đồng, chiếm gần 50% tổng nợ. Toàn tỉnh có 74 doanh nghiệp nợ thuế trên 1 tỷ đồng, trong đó 9 doanh nghiệp nợ trên 10 tỷ đồng.

Theo ông Nguyễn Văn Tuấn, Phó Cục trưởng Cục Thuế tỉnh, nguyên nhân chủ yếu do thị trường bất động sản trầm lắng; hiện còn 23 dự án chưa nộp tiền sử dụng đất với số tiền khoảng 215 tỷ đồng. Thực hiện Nghị định số 126/2020/NĐ-CP, Cục Thuế đã đề nghị tạm hoãn xuất cảnh đối với 18 người đại diện theo pháp luật của doanh nghiệp nợ thuế, qua đó thu về 31,4 tỷ đồng.

Nợ thuế tại một số địa bàn (đơn vị tính: tỷ đồng):
Địa bàn
Tổng nợ
Nợ khó thu
Tỷ lệ nợ/tổng thu (%)
Việt Yên
187,2
52,8
7,9
Yên Dũng
96,4
40,1
12,5
Lạng Giang
73,5
21,6
9,3

Từ đầu năm đến nay, ngành Thuế đã thu hồi được 412,5 tỷ đồng tiền nợ, đạt 82,5% chỉ tiêu thu nợ được giao; ban hành hơn 3.600 quyết định cưỡng chế và công khai thông tin 57 đơn vị nợ thuế trên Báo Bắc Giang. Riêng quý III/2024, số nợ thu hồi đạt 146,8 tỷ đồng, cao hơn 27,3 tỷ đồng so với quý II. Phấn đấu đến ngày 31/12/2024, tỷ lệ nợ thuế trên tổng thu ngân sách của tỉnh dưới 8%, thu hồi tối thiểu 500 tỷ đồng nợ đọng.

Minh Hải
"""

d = Doc(5, TEXT, [
    "Party newspaper (Báo Bắc Giang, tag 'BGĐT' implies the province): tax arrears as of 31/10/2024. Bare dateline '13/11/2024 10:25', byline at end.",
    "One-cell-per-line table with the unit in the caption '(đơn vị tính: tỷ đồng)' and a '(%)' column; rows are districts → location, subject = column label.",
    "Table cells and the paragraph after the as-of sentence inherit 'Tính đến ngày 31/10/2024'. No totals for table cells.",
    "1.026 tỷ carries change 8,7% and percent 8,9%. 'Trong đó' parts (after a sentence break and ';') take total 1.026 tỷ.",
    "'chiếm gần 50% tổng nợ' is the percent of 512 tỷ (no part cue → no total). '74 doanh nghiệp ..., trong đó 9' → total 74;",
    "thresholds 'trên 1 tỷ đồng' / 'trên 10 tỷ đồng' in the defining clause are optional. 'Từ đầu năm đến nay' runs to the dateline.",
    "'đạt 82,5% chỉ tiêu' is the percent of 412,5 tỷ. 'cao hơn 27,3 tỷ đồng so với quý II' is the change of 146,8 tỷ. 'Phấn đấu đến ngày 31/12/2024' → targets (under, at_least). 'Báo Bắc Giang' is a name.",
    "Distractor: Nghị định số 126/2020/NĐ-CP. The reasons paragraph ('hiện còn ...') states no period of its own: inherited as-of date.",
], published="2024-11-13", location="Bắc Giang")

A = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
Ai = P("Tính đến ngày 31/10/2024", None, "2024-10-31", inherited=True)
T = 1026 * 10**9
d.f("là 1.026 tỷ đồng", "1.026", "money", "đồng", "tổng nợ thuế trên địa bàn tỉnh", A, mult="tỷ", percent=8.9,
    change={"direction": "increase", "value": 8.7, "unit": "%", "baseline": "thời điểm cuối năm 2023"})
d.f("gần 640 tỷ đồng", "640", "money", "đồng", "nợ có khả năng thu", Ai, mult="tỷ", approx="nearly", total=T)
d.f("khoảng 386 tỷ đồng", "386", "money", "đồng", "nợ khó thu, nợ chờ xử lý", Ai, mult="tỷ", approx="about", total=T)
d.f("với 512 tỷ đồng", "512", "money", "đồng", "nợ nhóm doanh nghiệp kinh doanh bất động sản, xây dựng", Ai, mult="tỷ",
    percent=50)
d.f("có 74 doanh nghiệp", "74", "count", "doanh nghiệp", "doanh nghiệp nợ thuế trên 1 tỷ đồng", Ai)
d.f("trên 1 tỷ đồng", "1", "money", "đồng", "nợ thuế", Ai, mult="tỷ", approx="over", optional=True)
d.f("9 doanh nghiệp", "9", "count", "doanh nghiệp", "doanh nghiệp nợ trên 10 tỷ đồng", Ai, total=74)
d.f("trên 10 tỷ đồng", "10", "money", "đồng", "nợ thuế", Ai, mult="tỷ", approx="over", optional=True)
d.f("còn 23 dự án", "23", "count", "dự án", "dự án chưa nộp tiền sử dụng đất", Ai)
d.f("khoảng 215 tỷ đồng", "215", "money", "đồng", "số tiền sử dụng đất chưa nộp", Ai, mult="tỷ", approx="about")
d.f("với 18 người", "18", "count", "người", "người đại diện theo pháp luật của doanh nghiệp nợ thuế bị tạm hoãn xuất cảnh", Ai)
d.f("về 31,4 tỷ đồng", "31,4", "money", "đồng", "số thuế nợ thu về", Ai, mult="tỷ")
for place, tot, hard, rate in [("Việt Yên", "187,2", "52,8", "7,9"), ("Yên Dũng", "96,4", "40,1", "12,5"),
                               ("Lạng Giang", "73,5", "21,6", "9,3")]:
    d.f(f"{place}\n{tot}\n", tot, "money", "đồng", "Tổng nợ", Ai, mult="tỷ", location=place)
    d.f(f"{tot}\n{hard}\n", hard, "money", "đồng", "Nợ khó thu", Ai, mult="tỷ", location=place)
    d.f(f"{hard}\n{rate}\n", rate, "percent", "%", "Tỷ lệ nợ/tổng thu", Ai, location=place)
F = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-13")
d.f("được 412,5 tỷ đồng", "412,5", "money", "đồng", "tiền nợ thu hồi", F, mult="tỷ", percent=82.5)
d.f("hơn 3.600 quyết định", "3.600", "count", "quyết định", "quyết định cưỡng chế", F, approx="over")
d.f("57 đơn vị", "57", "count", "đơn vị", "đơn vị nợ thuế công khai thông tin", F)
d.f("đạt 146,8 tỷ đồng", "146,8", "money", "đồng", "số nợ thu hồi", P("quý III/2024", "2024-07-01", "2024-09-30"),
    mult="tỷ", change={"direction": "increase", "value": 27.3 * 10**9, "unit": "đồng", "baseline": "quý II"})
G = P("đến ngày 31/12/2024", None, "2024-12-31")
d.f("dưới 8%", "8", "percent", "%", "tỷ lệ nợ thuế trên tổng thu ngân sách của tỉnh", G, approx="under", status="target")
d.f("tối thiểu 500 tỷ đồng", "500", "money", "đồng", "nợ đọng thu hồi", G, mult="tỷ", approx="at_least", status="target")
d.write()
