"""p617-7: Sở VHTTDL Đồng Tháp, mobile library 9 months 2024 (department site, no dateline, one-cell-per-line table)."""
from lib import F, P, I, CH, emit

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐỒNG THÁP
Thư viện - Văn hóa đọc

Hoạt động thư viện lưu động 9 tháng năm 2024

Trong 9 tháng năm 2024, Thư viện tỉnh Đồng Tháp đã tổ chức 86 chuyến xe thư viện lưu động đến các điểm trường, khu dân cư và đơn vị bộ đội biên phòng, tăng 11 chuyến so với cùng kỳ; luân chuyển gần 48.000 bản sách, phục vụ hơn 35.000 lượt bạn đọc. Kết quả tại một số huyện, thành phố như sau:

Bảng 2. Lượt bạn đọc được phục vụ qua xe thư viện lưu động
Đơn vị tính: lượt bạn đọc
Huyện, thành phố
9 tháng năm 2023
9 tháng năm 2024
Tỷ lệ tăng (%)
Tháp Mười
5.420
6.180
14,0
Tam Nông
3.950
4.870
23,3
Hồng Ngự
4.210
4.650
10,5
TP. Cao Lãnh
6.880
7.340
6,7

Riêng huyện Tân Hồng, xe thư viện đã phục vụ 1.850 lượt học sinh tại 9 điểm trường tiểu học vùng biên giới, mỗi chuyến mang theo khoảng 1.200 bản sách, truyện tranh.

Bên cạnh đó, Thư viện tỉnh đã cấp 1.260 thẻ bạn đọc miễn phí cho học sinh các xã biên giới và tổ chức 14 buổi trưng bày sách chuyên đề. Dự kiến trong quý IV/2024, Thư viện sẽ thực hiện thêm 30 chuyến lưu động, nâng tổng số chuyến cả năm lên 116 chuyến, vượt 16% kế hoạch năm.

Địa chỉ: số 02 đường Võ Trường Toản, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp
Điện thoại: 0277.3851.432 - Email: thuvien@dongthap.gov.vn
Tổng số lượt truy cập: 1.482.903
"""

M23 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
M24 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Tháp Mười", "Tháp Mười", "5.420", "6.180", "14,0"),
    ("Tam Nông", "Tam Nông", "3.950", "4.870", "23,3"),
    ("Hồng Ngự", "Hồng Ngự", "4.210", "4.650", "10,5"),
    ("TP. Cao Lãnh", "Cao Lãnh", "6.880", "7.340", "6,7"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("tổ chức 86 chuyến", "86", 86, "count", "chuyến", "chuyến xe thư viện lưu động", M24,
      change=CH("increase", 11, unit="chuyến", baseline="cùng kỳ")),
    F("gần 48.000 bản sách", "48.000", 48000, "count", "bản sách", "bản sách luân chuyển qua xe thư viện lưu động", M24,
      approx="nearly"),
    F("hơn 35.000 lượt", "35.000", 35000, "count", "lượt bạn đọc", "lượt bạn đọc được phục vụ qua xe thư viện lưu động",
      M24, approx="over"),
]
for label, loc, a, b, r in ROWS:
    FIGS.append(F(f"{label}\n{a}", a, num(a), "count", "lượt bạn đọc",
                  "lượt bạn đọc được phục vụ qua xe thư viện lưu động 9 tháng năm 2023", M23, location=loc))
    FIGS.append(F(f"{a}\n{b}", b, num(b), "count", "lượt bạn đọc",
                  "lượt bạn đọc được phục vụ qua xe thư viện lưu động 9 tháng năm 2024", M24, location=loc))
    FIGS.append(F(f"{b}\n{r}", r, num(r), "percent", "%",
                  "tỷ lệ tăng lượt bạn đọc được phục vụ qua xe thư viện lưu động", I(M24), location=loc))
FIGS += [
    F("phục vụ 1.850 lượt", "1.850", 1850, "count", "lượt học sinh", "lượt học sinh được xe thư viện phục vụ", I(M24),
      location="Tân Hồng"),
    F("tại 9 điểm trường", "9", 9, "count", "điểm trường", "điểm trường tiểu học vùng biên giới", I(M24),
      location="Tân Hồng"),
    F("khoảng 1.200 bản", "1.200", 1200, "measure", "bản sách/chuyến", "bản sách, truyện tranh mỗi chuyến mang theo",
      I(M24), approx="about", location="Tân Hồng"),
    F("cấp 1.260 thẻ", "1.260", 1260, "count", "thẻ bạn đọc", "thẻ bạn đọc miễn phí cấp cho học sinh các xã biên giới",
      I(M24)),
    F("tổ chức 14 buổi", "14", 14, "count", "buổi", "buổi trưng bày sách chuyên đề", I(M24)),
    F("thêm 30 chuyến", "30", 30, "count", "chuyến", "chuyến lưu động", Q4, status="forecast"),
    F("lên 116 chuyến", "116", 116, "count", "chuyến", "tổng số chuyến xe thư viện lưu động cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), status="forecast",
      change=CH("increase", 16, baseline="kế hoạch năm")),
]

COMMENTS = [
    "Sở VHTTDL Đồng Tháp department page: mobile library, 9 months 2024. No dateline (published omitted).",
    "One-cell-per-line table with 'Đơn vị tính: lượt bạn đọc'; columns 9 tháng năm 2023 | 9 tháng năm 2024 | Tỷ lệ tăng (%).",
    "Every numeric cell is a figure; row labels are districts/city → location (TP. Cao Lãnh → Cao Lãnh); periods from the column",
    "headers (scored); the growth column is a percent figure (a rate as the claim, no change), period 2024 inherited (header has none).",
    "'Riêng huyện Tân Hồng' → location Tân Hồng; 'mỗi chuyến mang theo khoảng 1.200 bản' is a rate (bản sách/chuyến, measure).",
    "'tăng 11 chuyến so với cùng kỳ' is 86's change (absolute). 'Dự kiến' → forecast for 30 and the continuing 116 clause;",
    "'vượt 16% kế hoạch năm' is 116's change against the plan (FIGURES.md: a gap to a plan is a change with that baseline).",
    "'cả năm' in a 2024 paragraph = năm 2024. Distractors: 'Bảng 2', 'số 02 đường Võ Trường Toản, Phường 1', phone,",
    "'Tổng số lượt truy cập: 1.482.903', 'quý IV/2024'.",
]

if __name__ == "__main__":
    emit("p617-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Tháp")
