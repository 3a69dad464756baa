from lib import F, P, CH, TG, emit

TEXT = """KẾT QUẢ ĐĂNG KÝ ĐẤT ĐAI, CẤP GIẤY CHỨNG NHẬN 9 THÁNG NĂM 2024

Văn phòng Đăng ký đất đai Hà Tĩnh tổng hợp kết quả thực hiện một số chỉ tiêu chủ yếu của hệ thống đăng ký đất đai toàn tỉnh so với kế hoạch giao tại Quyết định số 2156/QĐ-UBND ngày 12/01/2024 của UBND tỉnh như sau:

Đơn vị tính: hồ sơ

TT

Chỉ tiêu

Năm 2023

Kế hoạch năm 2024

Thực hiện 9 tháng năm 2024

1

Đăng ký biến động

48.215

52.000

39.874

2

Cấp GCN lần đầu

3.126

3.500

2.241

3

Đăng ký thế chấp

21.560

22.000

17.983

4

Giải quyết quá hạn

412

0

96

Như vậy, sau 9 tháng, số hồ sơ đăng ký biến động đã đạt 76,7% kế hoạch năm; số hồ sơ quá hạn giảm mạnh so với năm 2023, chủ yếu tồn tại ở 2 chi nhánh Kỳ Anh và Cẩm Xuyên.

Trong 9 tháng, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,6%, tăng 1,2% so với cùng kỳ năm 2023; tỷ lệ hồ sơ nộp trực tuyến đạt 42,3%. Diện tích được cấp GCN lần đầu khoảng 215,8 ha, trong đó đất ở 48,6 ha, đất nông nghiệp 167,2 ha.

Toàn tỉnh hiện có 12/13 huyện, thị xã, thành phố (trừ huyện Vũ Quang) đã đưa CSDL đất đai vào vận hành, với hơn 1,36 triệu thửa đất. Ước cả năm 2024, toàn tỉnh cấp khoảng 3.100 GCN lần đầu, thu lệ phí cấp GCN và phí thẩm định hồ sơ khoảng 9,5 tỷ đồng.

Người dân có thể tra cứu tình trạng hồ sơ qua ứng dụng Hà Tĩnh - iGov hoặc gọi số 0239.3856.789 trong giờ hành chính.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("Thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")


def row(label, a, b, c, anchors, subj):
    out = []
    for (num, val), per, st, anc, col in zip((a, b, c), (Y23, K24, M9), ("actual", "target", "actual"), anchors,
                                             ("năm 2023", "kế hoạch năm 2024", "thực hiện 9 tháng năm 2024")):
        kw = {"status": st} if st != "actual" else {}
        out.append(F(anc, num, val, "count", "hồ sơ", f"hồ sơ {subj} {col}", per, **kw))
    return out


FIGS = (
    row("Đăng ký biến động", ("48.215", 48215), ("52.000", 52000), ("39.874", 39874),
        ("48.215", "52.000", "39.874"), "đăng ký biến động")
    + row("Cấp GCN lần đầu", ("3.126", 3126), ("3.500", 3500), ("2.241", 2241),
          ("3.126", "3.500", "2.241"), "cấp GCN lần đầu")
    + row("Đăng ký thế chấp", ("21.560", 21560), ("22.000", 22000), ("17.983", 17983),
          ("21.560", "22.000", "17.983"), "đăng ký thế chấp")
    + row("Giải quyết quá hạn", ("412", 412), ("0", 0), ("96", 96),
          ("\n412\n", "\n0\n", "\n96\n"), "giải quyết quá hạn")
    + [
        F("đạt 76,7%", "76,7", 76.7, "percent", "%", "số hồ sơ đăng ký biến động đạt so với kế hoạch năm",
          P("sau 9 tháng", "2024-01-01", "2024-09-30")),
        F("ở 2 chi nhánh", "2", 2, "count", "chi nhánh", "chi nhánh còn hồ sơ quá hạn"),
        F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ hồ sơ giải quyết đúng hạn",
          P("Trong 9 tháng", "2024-01-01", "2024-09-30"), change=CH("increase", 1.2, "%", "cùng kỳ năm 2023")),
        F("đạt 42,3%", "42,3", 42.3, "percent", "%", "tỷ lệ hồ sơ nộp trực tuyến",
          P("Trong 9 tháng", "2024-01-01", "2024-09-30")),
        F("khoảng 215,8 ha", "215,8", 215.8, "measure", "ha", "Diện tích được cấp GCN lần đầu",
          P("Trong 9 tháng", "2024-01-01", "2024-09-30", inh=True), approx="about"),
        F("đất ở 48,6 ha", "48,6", 48.6, "measure", "ha", "diện tích đất ở được cấp GCN lần đầu",
          P("Trong 9 tháng", "2024-01-01", "2024-09-30", inh=True), total=215.8),
        F("nông nghiệp 167,2 ha", "167,2", 167.2, "measure", "ha", "diện tích đất nông nghiệp được cấp GCN lần đầu",
          P("Trong 9 tháng", "2024-01-01", "2024-09-30", inh=True), total=215.8),
        F("có 12/13 huyện", "12", 12, "count", "huyện, thị xã, thành phố",
          "huyện, thị xã, thành phố đã đưa CSDL đất đai vào vận hành", total=13),
        F("hơn 1,36 triệu thửa", "1,36", 1360000, "count", "thửa đất", "thửa đất trong CSDL đất đai", approx="over"),
        F("khoảng 3.100 GCN", "3.100", 3100, "count", "GCN", "GCN lần đầu cấp",
          P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
        F("khoảng 9,5 tỷ đồng", "9,5", 9500000000, "money", "đồng", "lệ phí cấp GCN và phí thẩm định hồ sơ thu",
          P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    ]
)

COMMENTS = [
    "Info page of Văn phòng Đăng ký đất đai Hà Tĩnh with NO dateline (published null): one-cell-per-line table (as h23), 'Đơn vị tính: hồ sơ'.",
    "Columns 'Năm 2023' | 'Kế hoạch năm 2024' (status target) | 'Thực hiện 9 tháng năm 2024'; periods from the column headers (scored, as h23).",
    "Every numeric cell is a figure (the zero plan for overdue dossiers included); row numbers 1-4 and 'TT' are not figures.",
    "Subject = row label + column label. Plan cells are figures of their own, so result cells carry no target attribute.",
    "'đạt 76,7% kế hoạch năm' has no base amount in its sentence: a percent figure (39.874/52.000). 'sau 9 tháng' -> 2024 from the title.",
    "'12/13 huyện ...' total 13. 'Ước cả năm 2024 ... khoảng' -> estimate + about for both the GCN count and the fee.",
    "'99,6%, tăng 1,2% so với cùng kỳ năm 2023': a rate with a change of its own base (kept as change, as in p205-1's PAR INDEX).",
    "'khoảng 215,8 ha, trong đó đất ở 48,6 ha, đất nông nghiệp 167,2 ha': parts add up -> total 215,8; period inherited from 'Trong 9 tháng'.",
    "'hiện có ... hơn 1,36 triệu thửa' carries no period phrase: null. '2 chi nhánh Kỳ Anh và Cẩm Xuyên' is a count (location stays Hà Tĩnh).",
    "Distractors: app name 'Hà Tĩnh - iGov', phone 0239.3856.789, 'trừ huyện Vũ Quang', title year.",
]

emit("p255-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Tĩnh")
