"""p615-3: UBND tỉnh Thái Bình formal report — machinery subsidy 2021-2023 with a flattened '|' table, 2025 plan."""
from lib import F, P, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 18 tháng 9 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ cơ giới hóa sản xuất nông nghiệp giai đoạn 2021-2023

Thực hiện Nghị quyết số 12/2020/NQ-HĐND ngày 10/12/2020 của HĐND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết quả hỗ trợ
Giai đoạn 2021-2023, toàn tỉnh đã hỗ trợ 1.246 máy các loại cho 318 tổ chức, cá nhân với tổng kinh phí 46.820 triệu đồng, đạt 93,6% dự toán được giao. Chi tiết theo năm:

Bảng 1. Kết quả hỗ trợ máy nông nghiệp (kinh phí: triệu đồng)
Năm | Máy cấy (máy) | Máy gặt đập liên hợp (máy) | Máy sấy (máy) | Kinh phí hỗ trợ
2021 | 118 | 95 | 12 | 12.350
2022 | 164 | 132 | 17 | 15.940
2023 | 402 | 281 | 25 | 18.530

2. Hiệu quả
Năm 2023, tỷ lệ cơ giới hóa khâu làm đất đạt 100%, khâu cấy đạt 38,5% (năm 2020 là 11,2%), khâu thu hoạch lúa đạt 96,7%, khâu sấy đạt 31%. Mức trang bị động lực bình quân năm 2023 đạt 3,1 HP/ha canh tác, tăng 0,6 HP/ha so với năm 2020.

3. Tồn tại, hạn chế
Kinh phí hỗ trợ mới đáp ứng khoảng 60% nhu cầu đăng ký; còn 127 hồ sơ đủ điều kiện chưa được hỗ trợ.

II. KẾ HOẠCH NĂM 2025
Dự kiến năm 2025 bố trí 20.000 triệu đồng để hỗ trợ khoảng 450 máy; phấn đấu tỷ lệ cơ giới hóa khâu cấy đạt 45-50%, khâu sấy đạt trên 40%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")


def Y(y):
    return P(str(y), f"{y}-01-01", f"{y}-12-31")


def cell(anchor, number, col, year, kind="count"):
    if kind == "money":
        value = float(number.replace(".", "")) * 1e6
        return F(anchor, number, value, "money", "đồng", f"Kinh phí hỗ trợ máy nông nghiệp năm {year}", Y(year))
    return F(anchor, number, float(number.replace(".", "")), "count", "máy", f"{col} được hỗ trợ năm {year}", Y(year))


FIGS = [
    F("hỗ trợ 1.246 máy", "1.246", 1246, "count", "máy", "máy các loại được hỗ trợ", GD),
    F("cho 318 tổ chức", "318", 318, "count", "tổ chức, cá nhân", "tổ chức, cá nhân được hỗ trợ", GD),
    F("46.820 triệu đồng", "46.820", 46820000000, "money", "đồng", "tổng kinh phí hỗ trợ", GD, percent=93.6),
    cell("| 118 |", "118", "Máy cấy", 2021),
    cell("| 95 |", "95", "Máy gặt đập liên hợp", 2021),
    cell("| 12 |", "12", "Máy sấy", 2021),
    cell("| 12.350", "12.350", None, 2021, "money"),
    cell("| 164 |", "164", "Máy cấy", 2022),
    cell("| 132 |", "132", "Máy gặt đập liên hợp", 2022),
    cell("| 17 |", "17", "Máy sấy", 2022),
    cell("| 15.940", "15.940", None, 2022, "money"),
    cell("| 402 |", "402", "Máy cấy", 2023),
    cell("| 281 |", "281", "Máy gặt đập liên hợp", 2023),
    cell("| 25 |", "25", "Máy sấy", 2023),
    cell("| 18.530", "18.530", None, 2023, "money"),
    F("làm đất đạt 100%", "100", 100, "percent", "%", "tỷ lệ cơ giới hóa khâu làm đất", Y23),
    F("cấy đạt 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ cơ giới hóa khâu cấy", Y23),
    F("là 11,2%", "11,2", 11.2, "percent", "%", "tỷ lệ cơ giới hóa khâu cấy", P("năm 2020", "2020-01-01", "2020-12-31")),
    F("đạt 96,7%", "96,7", 96.7, "percent", "%", "tỷ lệ cơ giới hóa khâu thu hoạch lúa", Y23),
    F("sấy đạt 31%", "31", 31, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", Y23),
    F("đạt 3,1 HP/ha", "3,1", 3.1, "measure", "HP/ha canh tác", "mức trang bị động lực bình quân",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 0.6, "HP/ha", "năm 2020")),
    F("khoảng 60%", "60", 60, "percent", "%", "kinh phí hỗ trợ đáp ứng nhu cầu đăng ký", approx="about"),
    F("127 hồ sơ", "127", 127, "count", "hồ sơ", "hồ sơ đủ điều kiện chưa được hỗ trợ"),
    F("20.000 triệu đồng", "20.000", 20000000000, "money", "đồng", "kinh phí bố trí hỗ trợ máy", Y25, status="forecast"),
    F("khoảng 450 máy", "450", 450, "count", "máy", "máy được hỗ trợ", Y25, approx="about", status="forecast"),
    F("45-50%", "45", 45, "percent", "%", "tỷ lệ cơ giới hóa khâu cấy", Y25, value_max=50, status="target"),
    F("trên 40%", "40", 40, "percent", "%", "tỷ lệ cơ giới hóa khâu sấy", Y25, approx="over", status="target"),
]

COMMENTS = [
    "UBND tỉnh Thái Bình formal report (letterhead, Số: 287/BC-UBND, place-and-date line 'Thái Bình, ngày 18 tháng 9 năm 2024').",
    "Flattened '|' table: rows are years (period, not figures), columns are machine types in (máy) and the subsidy in triệu đồng",
    "(from the table title). Every numeric cell is a figure; the row sums match the text totals, but the cells are figures, not parts.",
    "Distractors: Số 287/BC-UBND, Nghị quyết số 12/2020/NQ-HĐND ngày 10/12/2020, Bảng 1, section numbers I./1./2./3./II., year row labels.",
    "'(năm 2020 là 11,2%)' is its own percent figure with period 2020. 'Dự kiến' → forecast for the money and machine count;",
    "'phấn đấu' opens a new clause → target; both clauses share 'năm 2025'.",
]

if __name__ == "__main__":
    emit("p615-3", TEXT, COMMENTS, FIGS, published="2024-09-18", location="Thái Bình")
