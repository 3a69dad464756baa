"""p807-7: department site (Sở VHTTDL Thanh Hóa), no dateline, 2023 season results, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH THANH HÓA
Trang chủ » Tin tức » Du lịch

Kết quả công tác cứu hộ tại các bãi biển mùa du lịch năm 2023

Mùa du lịch năm 2023, các bãi biển trên địa bàn tỉnh đón khoảng 11,2 triệu lượt khách. Lực lượng cứu hộ đã cứu sống 151 người gặp nạn, giảm 8,5% so với năm 2022 (165 người). Sở đã phối hợp mở 6 lớp tập huấn cứu hộ bơi lội, cấp chứng chỉ cho 214 học viên, đạt 107% kế hoạch.

Kết quả cụ thể tại các địa phương như sau:
Địa phương
Bãi tắm có cứu hộ (bãi)
Nhân viên cứu hộ (người)
Người được cứu sống (người)
TP Sầm Sơn
9
187
106
Hoằng Hóa
3
42
21
Quảng Xương
2
25
8
Nghi Sơn
4
38
13
Hậu Lộc
1
10
3
Toàn tỉnh
19
302
151

Tổng kinh phí các địa phương chi cho công tác cứu hộ khoảng 18,5 tỷ đồng, riêng TP Sầm Sơn 11,3 tỷ đồng. Năm 2024, tỉnh phấn đấu 100% bãi tắm đủ điều kiện mở cửa có chòi cứu hộ đạt chuẩn, mỗi chòi có từ 2 đến 3 nhân viên trực; dự kiến tổng kinh phí khoảng 21 tỷ đồng. Sở cũng sẽ phối hợp tổ chức Hội thi cứu hộ bơi lội lần thứ 5 tại Sầm Sơn.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH THANH HÓA
Địa chỉ: Số 26 đường Lê Lợi, phường Lam Sơn, TP Thanh Hóa
Điện thoại: 0237.3852.630 - Email: svhttdl@thanhhoa.gov.vn
Tổng lượt truy cập: 1.386.402 | Đang truy cập: 37
"""

S23 = P("Mùa du lịch năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = I(P("mùa du lịch năm 2023", "2023-01-01", "2023-12-31"))
B, N, C_ = "bãi tắm có cứu hộ", "nhân viên cứu hộ", "người được cứu sống"


def cells(loc, items):
    out = []
    for anchor, number, unit, subj in items:
        kw = {"location": loc} if loc else {}
        out.append(F(anchor, number, float(number), "count", unit, subj, TAB, **kw))
    return out


FIGS = [
    F("khoảng 11,2 triệu lượt khách", "11,2", 11.2e6, "count", "lượt khách", "lượt khách đến các bãi biển", S23,
      approx="about"),
    F("cứu sống 151 người", "151", 151, "count", "người", "người gặp nạn được lực lượng cứu hộ cứu sống", I(S23),
      change=C("decrease", 8.5, "%", "năm 2022")),
    F("(165 người)", "165", 165, "count", "người", "người gặp nạn được lực lượng cứu hộ cứu sống", Y22),
    F("mở 6 lớp", "6", 6, "count", "lớp tập huấn", "lớp tập huấn cứu hộ bơi lội", I(S23)),
    F("cho 214 học viên", "214", 214, "count", "học viên", "học viên được cấp chứng chỉ", I(S23), percent=107),
]
FIGS += cells("Sầm Sơn", [("Sầm Sơn\n9", "9", "bãi", B), ("\n187\n", "187", "người", N), ("\n106\n", "106", "người", C_)])
FIGS += cells("Hoằng Hóa", [("Hoằng Hóa\n3", "3", "bãi", B), ("\n42\n", "42", "người", N), ("\n21\n", "21", "người", C_)])
FIGS += cells("Quảng Xương", [("Quảng Xương\n2", "2", "bãi", B), ("\n25\n", "25", "người", N), ("\n8\n", "8", "người", C_)])
FIGS += cells("Nghi Sơn", [("Nghi Sơn\n4", "4", "bãi", B), ("\n38\n", "38", "người", N), ("\n13\n", "13", "người", C_)])
FIGS += cells("Hậu Lộc", [("Hậu Lộc\n1", "1", "bãi", B), ("\n10\n", "10", "người", N), ("\n3\nToàn", "3", "người", C_)])
FIGS += cells(None, [("Toàn tỉnh\n19", "19", "bãi", "tổng số bãi tắm có cứu hộ"),
                     ("\n302\n", "302", "người", "tổng số nhân viên cứu hộ"),
                     ("302\n151", "151", "người", "tổng số người được cứu sống")])
FIGS += [
    F("khoảng 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "tổng kinh phí các địa phương chi cho công tác cứu hộ",
      I(S23), approx="about"),
    F("Sầm Sơn 11,3 tỷ đồng", "11,3", 11.3e9, "money", "đồng", "kinh phí chi cho công tác cứu hộ", I(S23),
      total=18.5e9, location="Sầm Sơn"),
    F("phấn đấu 100% bãi tắm", "100", 100, "percent", "%", "tỷ lệ bãi tắm đủ điều kiện mở cửa có chòi cứu hộ đạt chuẩn",
      Y24, status="target"),
    F("từ 2 đến 3 nhân viên", "2", 2, "measure", "nhân viên/chòi", "nhân viên trực mỗi chòi", Y24,
      value_max=3, status="target"),
    F("khoảng 21 tỷ đồng", "21", 21e9, "money", "đồng", "tổng kinh phí cứu hộ", Y24, approx="about", status="forecast"),
]

write("p807-7", TEXT, [
    "Department site (Sở VHTTDL Thanh Hóa), no dateline: 2023 season visitors, rescues, training; one-cell-per-line table by locality; 2024 targets.",
    "'(165 người)' after 'so với năm 2022' is the 2022 value: a figure of its own (period năm 2022). 'đạt 107% kế hoạch' is the share of 214.",
    "Table: unit from the header bracket, subject = column label, row place = location (Toàn tỉnh = Thanh Hóa), period inherited from",
    "the title/lead ('mùa du lịch năm 2023'). 'riêng TP Sầm Sơn 11,3 tỷ đồng' is part of the 18,5 tỷ just before: total. 'mỗi chòi có từ 2",
    "đến 3 nhân viên' is a per-tower rate (measure, nhân viên/chòi) under 'phấn đấu'. Distractors: 'lần thứ 5', address, phone, counters.",
], FIGS, location="Thanh Hóa")
