"""p508-3: UBND tỉnh Gia Lai formal report — measles vaccination campaign 2024, flattened '|' table by district."""
from lib import F, P, INH, CH, TG, emit

TEXT = """UBND TỈNH GIA LAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 385/BC-UBND
Gia Lai, ngày 21 tháng 10 năm 2024

BÁO CÁO
Kết quả triển khai Chiến dịch tiêm vắc xin sởi năm 2024

Thực hiện Quyết định số 2316/QĐ-BYT ngày 27/8/2024 của Bộ Y tế, UBND tỉnh báo cáo kết quả như sau:

I. TÌNH HÌNH DỊCH
Tính đến ngày 15/10/2024, toàn tỉnh ghi nhận 286 ca sốt phát ban nghi sởi, trong đó 97 ca xét nghiệm dương tính; không có trường hợp tử vong. Số ca mắc tập trung ở nhóm trẻ chưa tiêm hoặc tiêm chưa đủ mũi vắc xin (chiếm 83,5%).

II. KẾT QUẢ CHIẾN DỊCH
Chiến dịch được tổ chức từ ngày 16/9/2024 đến ngày 10/10/2024 tại 9 huyện, thị xã có nguy cơ cao, với 406 điểm tiêm, đối tượng là trẻ từ 1 đến 5 tuổi. Kết quả cụ thể:

Bảng 1. Kết quả tiêm vắc xin sởi theo địa phương
Địa phương | Đối tượng (trẻ) | Đã tiêm (trẻ) | Tỷ lệ (%)
Chư Prông | 8.214 | 7.965 | 97,0
Ia Grai | 6.530 | 6.148 | 94,2
Đức Cơ | 4.972 | 4.861 | 97,8
Các huyện còn lại | 21.406 | 20.377 | 95,2
Tổng cộng | 41.122 | 39.351 | 95,7

Tổng kinh phí thực hiện chiến dịch là 2.368 triệu đồng, trong đó ngân sách Trung ương 1.540 triệu đồng, ngân sách tỉnh 828 triệu đồng. Ghi nhận 23 trường hợp phản ứng thông thường sau tiêm, không có tai biến nặng.

III. NHIỆM VỤ THỜI GIAN TỚI
Tiếp tục tiêm vét cho số trẻ còn lại; phấn đấu đến hết năm 2024 tỷ lệ tiêm vắc xin sởi trong chiến dịch đạt trên 98%. Dự kiến cần bổ sung khoảng 3.000 liều vắc xin MR.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 15/10/2024", None, "2024-10-15")
CAMP = P("từ ngày 16/9/2024 đến ngày 10/10/2024", "2024-09-16", "2024-10-10")
CI = INH(CAMP)


def cell(anchor, number, value, kind, unit, col, row, loc=None):
    subj = f"{col} tiêm vắc xin sởi" + ("" if loc else f" {row}")
    kw = {"location": loc} if loc else {}
    return F(anchor, number, value, kind, unit, subj, CI, **kw)


FIGS = [
    F("ghi nhận 286 ca", "286", 286, "count", "ca", "ca sốt phát ban nghi sởi", ASOF),
    F("trong đó 97 ca", "97", 97, "count", "ca", "ca xét nghiệm dương tính với sởi", ASOF, total=286),
    F("(chiếm 83,5%)", "83,5", 83.5, "percent", "%", "ca mắc ở nhóm trẻ chưa tiêm hoặc tiêm chưa đủ mũi vắc xin",
      INH(ASOF)),
    F("tại 9 huyện", "9", 9, "count", "huyện, thị xã", "huyện, thị xã có nguy cơ cao tổ chức chiến dịch", CAMP),
    F("với 406 điểm tiêm", "406", 406, "count", "điểm tiêm", "điểm tiêm chiến dịch tiêm vắc xin sởi", CAMP),
    F("từ 1 đến 5 tuổi", "1", 1, "measure", "tuổi", value_max=5, optional=True),
    cell("Chư Prông | 8.214", "8.214", 8214, "count", "trẻ", "Đối tượng", "Chư Prông", "Chư Prông"),
    cell("| 7.965", "7.965", 7965, "count", "trẻ", "Đã tiêm", "Chư Prông", "Chư Prông"),
    cell("| 97,0", "97,0", 97.0, "percent", "%", "Tỷ lệ", "Chư Prông", "Chư Prông"),
    cell("Ia Grai | 6.530", "6.530", 6530, "count", "trẻ", "Đối tượng", "Ia Grai", "Ia Grai"),
    cell("| 6.148", "6.148", 6148, "count", "trẻ", "Đã tiêm", "Ia Grai", "Ia Grai"),
    cell("| 94,2", "94,2", 94.2, "percent", "%", "Tỷ lệ", "Ia Grai", "Ia Grai"),
    cell("Đức Cơ | 4.972", "4.972", 4972, "count", "trẻ", "Đối tượng", "Đức Cơ", "Đức Cơ"),
    cell("| 4.861", "4.861", 4861, "count", "trẻ", "Đã tiêm", "Đức Cơ", "Đức Cơ"),
    cell("| 97,8", "97,8", 97.8, "percent", "%", "Tỷ lệ", "Đức Cơ", "Đức Cơ"),
    cell("lại | 21.406", "21.406", 21406, "count", "trẻ", "Đối tượng", "các huyện còn lại"),
    cell("| 20.377", "20.377", 20377, "count", "trẻ", "Đã tiêm", "các huyện còn lại"),
    cell("| 95,2", "95,2", 95.2, "percent", "%", "Tỷ lệ", "các huyện còn lại"),
    cell("| 41.122", "41.122", 41122, "count", "trẻ", "Đối tượng", "tổng cộng"),
    cell("| 39.351", "39.351", 39351, "count", "trẻ", "Đã tiêm", "tổng cộng"),
    cell("| 95,7", "95,7", 95.7, "percent", "%", "Tỷ lệ", "tổng cộng"),
    F("là 2.368 triệu đồng", "2.368", 2368000000, "money", "đồng", "tổng kinh phí thực hiện chiến dịch", CI),
    F("Trung ương 1.540 triệu", "1.540", 1540000000, "money", "đồng", "kinh phí chiến dịch từ ngân sách Trung ương", CI,
      total=2368000000),
    F("tỉnh 828 triệu", "828", 828000000, "money", "đồng", "kinh phí chiến dịch từ ngân sách tỉnh", CI,
      total=2368000000),
    F("Ghi nhận 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp phản ứng thông thường sau tiêm", CI),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ tiêm vắc xin sởi trong chiến dịch",
      P("đến hết năm 2024", None, "2024-12-31"), approx="over", status="target"),
    F("khoảng 3.000 liều", "3.000", 3000, "count", "liều", "liều vắc xin MR cần bổ sung", approx="about",
      status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Gia Lai, Số: 385/BC-UBND (formal report, letterhead, place-and-date line 21/10/2024): chiến dịch tiêm vắc xin sởi 2024.",
    "Flattened '|' table, units in column headers ('(trẻ)', '(%)'); every numeric cell is a figure; district row labels go to",
    "location, other row labels ('Các huyện còn lại', 'Tổng cộng') to the subject with the column label. Table cells take the campaign",
    "period of the sentence before the table (inherited, unscored); no total/percent attributes between cells (each cell is a figure).",
    "'(chiếm 83,5%)' has no figure before it in its sentence (97 ca is in the previous one): a percent figure of its own.",
    "Not figures: Số 385/BC-UBND, Quyết định số 2316/QĐ-BYT ngày 27/8/2024, Bảng 1, section numbers I./II./III., the dates.",
    "'dự kiến … khoảng 3.000 liều' → forecast, about. 'đến hết năm 2024' is an as-of target date.",
]

if __name__ == "__main__":
    emit("p508-3", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Gia Lai")
