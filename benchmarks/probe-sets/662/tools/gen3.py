"""p662-3: formal report, UBND tỉnh Kiên Giang — night-time economy, 9 months 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH KIÊN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Kiên Giang, ngày 18 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển kinh tế ban đêm 9 tháng năm 2024

Thực hiện Quyết định số 1129/QĐ-TTg ngày 27/7/2020 của Thủ tướng Chính phủ và Kế hoạch số 156/KH-UBND của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
9 tháng năm 2024, các chợ đêm, phố đêm trên địa bàn tỉnh phục vụ khoảng 3,85 triệu lượt khách, tăng 21,6% so với cùng kỳ, đạt 78,6% kế hoạch năm; tổng doanh thu dịch vụ ban đêm ước đạt 2.146,8 tỷ đồng, tăng 24,3% so với cùng kỳ.

2. Kết quả tại các khu vực trọng điểm 9 tháng năm 2024
Khu vực | Địa bàn | Số gian hàng | Lượt khách (nghìn lượt) | Doanh thu (tỷ đồng) | Lao động (người)
Chợ đêm Dinh Cậu | TP. Phú Quốc | 214 | 1.120 | 468,5 | 1.050
Phố đêm Grand World | TP. Phú Quốc | 156 | 1.640 | 1.212,0 | 2.300
Chợ đêm Rạch Giá | TP. Rạch Giá | 120 | 515 | 97,4 | 360
Phố đi bộ Hà Tiên | TP. Hà Tiên | 64 | 238 | 21,6 | 145

3. An ninh trật tự, vệ sinh môi trường
Lực lượng công an, dân quân và bảo vệ dân phố bố trí bình quân mỗi đêm 210 người tại các khu vực trên; tiếp nhận 58 tin báo, phản ánh về tiếng ồn, tranh chấp kinh doanh, đã giải quyết dứt điểm 55 trường hợp. Rác thải thu gom tại các chợ đêm bình quân 11,5 tấn/ngày đêm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đón 4,9 triệu lượt khách, doanh thu dịch vụ ban đêm đạt 2.900 tỷ đồng. Trong quý IV/2024, dự kiến đưa vào hoạt động thêm 2 tuyến phố đêm tại TP. Rạch Giá và huyện Kiên Lương, tổ chức 12 chương trình nghệ thuật đường phố.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TB = I(N9)
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")


def row(name, place, loc, cells):
    stalls, visitors, revenue, labour = cells
    out = []
    out.append(F(f"| {stalls[0]} |", stalls[0], stalls[1], "count", "gian hàng", f"{name} số gian hàng", TB, location=loc))
    out.append(F(f"| {visitors[0]} |", visitors[0], visitors[1] * 1000, "count", "lượt", f"{name} lượt khách", TB, location=loc))
    out.append(F(f"| {revenue[0]} |", revenue[0], revenue[1] * 1e9, "money", "đồng", f"{name} doanh thu", TB, location=loc))
    out.append(F(f"| {labour[0]}\n", labour[0], labour[1], "count", "người", f"{name} lao động", TB, location=loc))
    return out


FIGS = [
    F("khoảng 3,85 triệu lượt khách", "3,85", 3850000, "count", "lượt khách",
      "lượt khách các chợ đêm, phố đêm phục vụ", N9, approx="about", percent=78.6,
      change=CH("increase", 21.6, "%", "cùng kỳ")),
    F("ước đạt 2.146,8 tỷ đồng", "2.146,8", 2146800000000, "money", "đồng",
      "tổng doanh thu dịch vụ ban đêm", N9, status="estimate", change=CH("increase", 24.3, "%", "cùng kỳ")),
]
FIGS += row("Chợ đêm Dinh Cậu", "TP. Phú Quốc", "Phú Quốc", [("214", 214), ("1.120", 1120), ("468,5", 468.5), ("1.050", 1050)])
FIGS += row("Phố đêm Grand World", "TP. Phú Quốc", "Phú Quốc", [("156", 156), ("1.640", 1640), ("1.212,0", 1212), ("2.300", 2300)])
FIGS += row("Chợ đêm Rạch Giá", "TP. Rạch Giá", "Rạch Giá", [("120", 120), ("515", 515), ("97,4", 97.4), ("360", 360)])
FIGS += row("Phố đi bộ Hà Tiên", "TP. Hà Tiên", "Hà Tiên", [("64", 64), ("238", 238), ("21,6", 21.6), ("145", 145)])
FIGS += [
    F("mỗi đêm 210 người", "210", 210, "count", "người",
      "lực lượng công an, dân quân và bảo vệ dân phố bố trí bình quân mỗi đêm", I(N9)),
    F("tiếp nhận 58 tin báo", "58", 58, "count", "tin báo", "tin báo, phản ánh về tiếng ồn, tranh chấp kinh doanh", I(N9)),
    F("dứt điểm 55 trường hợp", "55", 55, "count", "trường hợp", "trường hợp đã giải quyết dứt điểm", I(N9)),
    F("bình quân 11,5 tấn/ngày đêm", "11,5", 11.5, "measure", "tấn/ngày đêm", "rác thải thu gom tại các chợ đêm", I(N9)),
    F("đón 4,9 triệu lượt khách", "4,9", 4900000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 2.900 tỷ đồng", "2.900", 2900000000000, "money", "đồng", "doanh thu dịch vụ ban đêm", Y24, status="target"),
    F("thêm 2 tuyến phố đêm", "2", 2, "count", "tuyến phố đêm", "tuyến phố đêm đưa vào hoạt động thêm", Q4, status="forecast"),
    F("tổ chức 12 chương trình", "12", 12, "count", "chương trình", "chương trình nghệ thuật đường phố", Q4, status="forecast"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Kiên Giang, Số: 412/BC-UBND, Kiên Giang, ngày 18 tháng 10 năm 2024: night-time economy, 9 months 2024.",
    "Flattened '|' table: every numeric cell is a figure; the 'Địa bàn' column is the location; multipliers from the headers",
    "('nghìn lượt', 'tỷ đồng'); no 'Ước' column, so cells are actual; period from the table title line (inherited, as in 469).",
    "'đạt 78,6% kế hoạch năm' after the visitor count is its percent. Section II: 'Phấn đấu' -> target, 'dự kiến' -> forecast.",
    "Distractors: Số 412/BC-UBND, QĐ 1129/QĐ-TTg ngày 27/7/2020, KH 156/KH-UBND, section numbers I./1./2./3./II., date line.",
]

if __name__ == "__main__":
    emit("p662-3", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Kiên Giang")
