from lib import F, P, I, C, emit

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH BÌNH ĐỊNH
Ngày cập nhật: 05/11/2024

Kết quả tiếp nhận, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích quý III/2024

Quý III/2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận, trả kết quả 14.526 hồ sơ TTHC qua dịch vụ bưu chính công ích (BCCI), tăng 2.108 hồ sơ so với quý II/2024. Lũy kế 9 tháng năm 2024 đạt 39.860 hồ sơ, bằng 76,7% kế hoạch năm. Với kết quả này, tỉnh đứng thứ 7 toàn quốc về số hồ sơ giải quyết qua dịch vụ BCCI.

Kết quả theo từng cấp như sau:

Cấp thực hiện
Quý II/2024 (hồ sơ)
Quý III/2024 (hồ sơ)
Tỷ lệ trả đúng hạn quý III (%)
Cấp tỉnh
5.870
6.912
99,2
Cấp huyện
4.203
5.146
98,7
Cấp xã
2.345
2.468
97,5
Tổng cộng
12.418
14.526
98,7

Trong quý, Trung tâm Phục vụ hành chính công tỉnh là đơn vị có nhiều hồ sơ chuyển phát qua bưu điện nhất với 4.380 hồ sơ, chiếm 30,2%; ở cấp huyện, dẫn đầu là thị xã Hoài Nhơn (812 hồ sơ), huyện Tuy Phước (645 hồ sơ) và thị xã An Nhơn (590 hồ sơ). Còn 27 hồ sơ trả kết quả trễ hạn, chủ yếu do địa chỉ người nhận ghi không đầy đủ.

Sở đề nghị các sở, ngành, địa phương tăng cường tuyên truyền, phấn đấu đến cuối năm 2024 tỷ lệ hồ sơ TTHC thực hiện qua dịch vụ BCCI đạt tối thiểu 20% tổng số hồ sơ; hiện tỷ lệ này mới đạt 14,3%. Mọi vướng mắc liên hệ Phòng Bưu chính, Viễn thông, số điện thoại 0256.3822.794.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q2h = P("Quý II/2024", "2024-04-01", "2024-06-30")
Q3h = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3r = P("quý III", "2024-07-01", "2024-09-30")
M9 = P("Lũy kế 9 tháng năm 2024", "2024-01-01", "2024-09-30")
TQ = P("Trong quý", "2024-07-01", "2024-09-30")

ROWS = [
    ("Cấp tỉnh", "5.870", "6.912", "99,2"),
    ("Cấp huyện", "4.203", "5.146", "98,7"),
    ("Cấp xã", "2.345", "2.468", "97,5"),
    ("Tổng cộng", "12.418", "14.526", "98,7"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("kết quả 14.526 hồ sơ", "14.526", 14526, "count", "hồ sơ",
      "hồ sơ TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích", Q3,
      change=C("increase", 2108, "hồ sơ", "quý II/2024")),
    F("đạt 39.860 hồ sơ", "39.860", 39860, "count", "hồ sơ", "hồ sơ TTHC qua dịch vụ bưu chính công ích lũy kế",
      M9, percent=76.7),
    F("đứng thứ 7", "7", 7, "rank", "hạng", "số hồ sơ giải quyết qua dịch vụ BCCI", I(M9)),
]
for label, q2, q3, rate in ROWS:
    FIGS.append(F(f"{label}\n{q2}", q2, int(num(q2)), "count", "hồ sơ", f"{label} Quý II/2024 (hồ sơ)", Q2h))
    FIGS.append(F(f"{q2}\n{q3}", q3, int(num(q3)), "count", "hồ sơ", f"{label} Quý III/2024 (hồ sơ)", Q3h))
    FIGS.append(F(f"{q3}\n{rate}", rate, num(rate), "percent", "%", f"Tỷ lệ trả đúng hạn quý III {label}", Q3r))

FIGS += [
    F("với 4.380 hồ sơ", "4.380", 4380, "count", "hồ sơ", "hồ sơ chuyển phát qua bưu điện", TQ, percent=30.2),
    F("(812 hồ sơ)", "812", 812, "count", "hồ sơ", "hồ sơ chuyển phát qua bưu điện", TQ, location="Hoài Nhơn"),
    F("(645 hồ sơ)", "645", 645, "count", "hồ sơ", "hồ sơ chuyển phát qua bưu điện", TQ, location="Tuy Phước"),
    F("(590 hồ sơ)", "590", 590, "count", "hồ sơ", "hồ sơ chuyển phát qua bưu điện", TQ, location="An Nhơn"),
    F("Còn 27 hồ sơ", "27", 27, "count", "hồ sơ", "hồ sơ trả kết quả trễ hạn", I(TQ)),
    F("tối thiểu 20%", "20", 20, "percent", "%", "tỷ lệ hồ sơ TTHC thực hiện qua dịch vụ BCCI",
      P("đến cuối năm 2024", None, "2024-12-31"), approx="at_least", status="target"),
    F("mới đạt 14,3%", "14,3", 14.3, "percent", "%", "tỷ lệ hồ sơ TTHC thực hiện qua dịch vụ BCCI"),
]

COMMENTS = [
    "Department site (Sở TT&TT Bình Định): dossiers via public postal service (BCCI), Q3/2024; one-cell-per-line table with (hồ sơ) and",
    "(%) column headers. Dateline 'Ngày cập nhật: 05/11/2024' without time.",
    "Distractors: 'quý II/2024' (baseline), phone 0256.3822.794, the department name.",
    "'tăng 2.108 hồ sơ so với quý II/2024' is the change of 14.526 (unit hồ sơ). 39.860 'bằng 76,7% kế hoạch năm': share (percent).",
    "'đứng thứ 7 toàn quốc' is a rank of the province. Table: every numeric cell a figure, subject = row + column label, period from the",
    "column header (quý III in the rate header takes 2024 from the article). No totals for table cells (Tổng cộng row included as figures).",
    "4.380 'chiếm 30,2%' (no number after the cue: no total). District-level towns Hoài Nhơn, Tuy Phước, An Nhơn -> location.",
    "'đến cuối năm 2024 ... tối thiểu 20%' target at_least (end only). 'hiện ... mới đạt 14,3%' has no period phrase (none in gold).",
]

emit("p363-6", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Bình Định")
