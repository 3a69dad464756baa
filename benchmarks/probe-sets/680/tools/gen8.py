"""p680-8: commune portal, xã Nam Cao (huyện Kiến Xương, Thái Bình) — silk-weaving village, 8 months 2023."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ NAM CAO
Huyện Kiến Xương - Tỉnh Thái Bình
Tin tức - Sự kiện
Ngày đăng: 20/09/2023 10:15

Làng dệt Nam Cao: 8 tháng sản xuất hơn 420.000 mét vải tơ tằm

Theo UBND xã Nam Cao, 8 tháng đầu năm 2023, làng nghề dệt Nam Cao sản xuất được hơn 420.000 mét vải tơ tằm, vải đũi các loại, đạt 72% kế hoạch năm, tăng 11,5% so với cùng kỳ năm 2022. Giá trị sản xuất ước đạt 47,3 tỷ đồng.

Toàn xã hiện có 316 hộ làm nghề với 540 khung dệt, trong đó 380 khung dệt máy và 160 khung dệt tay; thu hút khoảng 900 lao động, thu nhập từ 5 đến 7 triệu đồng/người/tháng.

Nguyên liệu tơ chủ yếu được nhập từ Lâm Đồng và Yên Bái, mỗi tháng khoảng 6 tấn, giá từ 1,3 đến 1,4 triệu đồng/kg. Để chủ động một phần nguyên liệu, từ năm 2021 đến nay xã đã khôi phục 12,5 ha dâu ở vùng bãi ven sông Trà Lý với 25 hộ nuôi tằm. Mỗi hộ thu trung bình 1,2 tấn kén/năm.

Sản phẩm lụa, đũi Nam Cao đã có mặt tại Nhật Bản, Ấn Độ, Pháp; năm 2022, giá trị xuất khẩu đạt 380.000 USD. Xã có 2 sản phẩm đạt chuẩn OCOP 4 sao và 1 sản phẩm OCOP 3 sao.

Phấn đấu đến năm 2025, giá trị sản xuất của làng nghề đạt 80 tỷ đồng/năm, 100% hộ dệt sử dụng khung dệt cải tiến.

Trụ sở UBND xã: thôn Nam Cao Nội, xã Nam Cao. ĐT: 0227.3821.056
Số lượt truy cập: 85.412
"""

M8H = P("8 tháng", "2023-01-01", "2023-08-31")
M8 = P("8 tháng đầu năm 2023", "2023-01-01", "2023-08-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SINCE = P("từ năm 2021 đến nay", "2021-01-01", "2023-09-20")

FIGS = [
    F("sản xuất hơn 420.000 mét", "420.000", 420000, "measure", "mét", "vải tơ tằm sản xuất", M8H, approx="over"),
    F("được hơn 420.000 mét", "420.000", 420000, "measure", "mét", "vải tơ tằm, vải đũi sản xuất", M8,
      approx="over", percent=72, change=CH("increase", 11.5, "%", "cùng kỳ năm 2022")),
    F("ước đạt 47,3 tỷ đồng", "47,3", 47300000000, "money", "đồng", "giá trị sản xuất", INH(M8), status="estimate"),
    F("có 316 hộ", "316", 316, "count", "hộ", "hộ làm nghề dệt"),
    F("với 540 khung", "540", 540, "count", "khung dệt", "khung dệt"),
    F("trong đó 380 khung", "380", 380, "count", "khung dệt", "khung dệt máy", total=540),
    F("và 160 khung", "160", 160, "count", "khung dệt", "khung dệt tay", total=540),
    F("khoảng 900 lao động", "900", 900, "count", "lao động", "lao động làm nghề dệt", approx="about"),
    F("từ 5 đến 7 triệu", "5", 5000000, "money", "đồng/người/tháng", "thu nhập của lao động", value_max=7000000),
    F("khoảng 6 tấn", "6", 6, "measure", "tấn", "nguyên liệu tơ nhập mỗi tháng", approx="about"),
    F("từ 1,3 đến 1,4 triệu", "1,3", 1300000, "money", "đồng/kg", "giá nguyên liệu tơ", value_max=1400000),
    F("khôi phục 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích dâu khôi phục", SINCE),
    F("với 25 hộ", "25", 25, "count", "hộ", "hộ nuôi tằm", SINCE),
    F("1,2 tấn kén/năm", "1,2", 1.2, "measure", "tấn/năm", "sản lượng kén trung bình mỗi hộ"),
    F("đạt 380.000 USD", "380.000", 380000, "money", "USD", "giá trị xuất khẩu", Y22),
    F("có 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm đạt chuẩn OCOP 4 sao"),
    F("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm OCOP 3 sao"),
    F("đạt 80 tỷ đồng/năm", "80", 80000000000, "money", "đồng/năm", "giá trị sản xuất của làng nghề", T25,
      status="target"),
    F("100% hộ", "100", 100, "percent", "%", "hộ dệt sử dụng khung dệt cải tiến", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Nam Cao (invented), 'Ngày đăng: 20/09/2023 10:15': Nam Cao silk-weaving village, 8 months 2023.",
    "Location: a commune is not a place kind of FIGURES.md (province, city or district), so its figures take the district named in",
    "the header, Kiến Xương. Lâm Đồng, Yên Bái (silk sources) and export markets are not places of the figures.",
    "Headline '8 tháng' takes 2023 from the dateline. 'Phấn đấu đến năm 2025' governs both clauses -> target.",
    "'từ năm 2021 đến nay' ends at the dateline (FIGURES.md period table).",
    "Not figures: 'OCOP 4 sao', '3 sao' (ratings), thôn Nam Cao Nội, phone, 'Số lượt truy cập: 85.412'.",
    "revised after first scoring: unit of '1,2 tấn kén/năm' -> 'tấn/năm' (commodity in the subject).",
]

if __name__ == "__main__":
    emit("p680-8", TEXT, COMMENTS, FIGS, published="2023-09-20", location="Kiến Xương")
