"""p672-3: formal report, Ban Chỉ đạo 138 tỉnh Đắk Lắk — tín dụng đen 9 tháng năm 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH ĐẮK LẮK
BAN CHỈ ĐẠO 138
Số: 215/BC-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đắk Lắk, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống tín dụng đen 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác đấu tranh, xử lý
Trong 9 tháng năm 2024, Công an toàn tỉnh phát hiện 46 vụ, 83 đối tượng hoạt động tín dụng đen, giảm 9 vụ so với cùng kỳ năm 2023; khởi tố 19 vụ, 31 bị can; xử phạt hành chính 22 vụ, 37 đối tượng với số tiền 412,5 triệu đồng. Tổng số tiền các đối tượng cho vay khoảng 27,4 tỷ đồng, lãi suất phổ biến từ 120 đến 240%/năm.

Bảng 1. Kết quả phát hiện theo địa bàn (số tiền: triệu đồng)
Địa bàn | Số vụ | Số đối tượng | Số tiền cho vay
TP. Buôn Ma Thuột | 17 | 34 | 12.650
Huyện Krông Pắc | 8 | 13 | 4.120
Huyện Cư M'gar | 6 | 11 | 3.875
Huyện Ea Kar | 5 | 9 | 2.310
Các huyện còn lại | 10 | 16 | 4.445

2. Quản lý ngành nghề kinh doanh có điều kiện
Kiểm tra 186 cơ sở kinh doanh dịch vụ cầm đồ, đạt 93% kế hoạch; phát hiện 14 cơ sở vi phạm, đề nghị thu hồi 3 giấy chứng nhận đủ điều kiện về an ninh, trật tự. Các địa phương bóc, xóa trên 7.200 tờ rơi, quảng cáo cho vay.

3. Tín dụng chính sách
Ngân hàng Chính sách xã hội tỉnh cho vay 5.320 lượt hộ với doanh số 268 tỷ đồng; tính đến 30/9/2024, tổng dư nợ đạt 9.845,6 tỷ đồng, tăng 6,2% so với đầu năm.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV/2024
Trong quý IV/2024, phấn đấu tỷ lệ điều tra, khám phá án tín dụng đen đạt trên 85%; kiểm tra 100% cơ sở cầm đồ chưa được kiểm tra trong năm.

Nơi nhận:
- Bộ Công an (C02, C06);
- Thường trực Tỉnh ủy;
- Lưu: VT, BCĐ.
"""

N9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = I(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))
Q4 = P("Trong quý IV/2024", "2024-10-01", "2024-12-31")
AS = P("tính đến 30/9/2024", None, "2024-09-30")

FIGS = [
    F("phát hiện 46 vụ", "46", 46, "count", "vụ", "vụ hoạt động tín dụng đen phát hiện", N9,
      change=CH("decrease", 9, "vụ", "cùng kỳ năm 2023")),
    F("83 đối tượng", "83", 83, "count", "đối tượng", "đối tượng hoạt động tín dụng đen phát hiện", N9),
    F("khởi tố 19 vụ", "19", 19, "count", "vụ", "vụ khởi tố", N9),
    F("31 bị can", "31", 31, "count", "bị can", "bị can khởi tố", N9),
    F("hành chính 22 vụ", "22", 22, "count", "vụ", "vụ xử phạt hành chính", N9),
    F("37 đối tượng", "37", 37, "count", "đối tượng", "đối tượng xử phạt hành chính", N9),
    F("412,5 triệu đồng", "412,5", 412.5e6, "money", "đồng", "số tiền xử phạt hành chính", N9),
    F("khoảng 27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng", "tổng số tiền các đối tượng cho vay", N9i, approx="about"),
    F("từ 120 đến 240%", "120", 120, "percent", "%", "lãi suất phổ biến", N9i, value_max=240),
]

ROWS = [
    ("TP. Buôn Ma Thuột | 17 | 34 | 12.650", "Buôn Ma Thuột", ("17", "34", "12.650")),
    ("Huyện Krông Pắc | 8 | 13 | 4.120", "Krông Pắc", ("8", "13", "4.120")),
    ("Huyện Cư M'gar | 6 | 11 | 3.875", "Cư M'gar", ("6", "11", "3.875")),
    ("Huyện Ea Kar | 5 | 9 | 2.310", "Ea Kar", ("5", "9", "2.310")),
    ("Các huyện còn lại | 10 | 16 | 4.445", None, ("10", "16", "4.445")),
]
COLS = [("count", "vụ", "Số vụ", 1), ("count", "đối tượng", "Số đối tượng", 1),
        ("money", "đồng", "Số tiền cho vay", 1e6)]
for line, place, cells in ROWS:
    parts = line.split(" | ")  # label, vụ, đối tượng, tiền
    for i, (num, (kind, unit, subj, mult)) in enumerate(zip(cells, COLS)):
        # anchor = the cell with its left neighbour (the label or the previous cell), made unique
        anchor = parts[i] + " | " + parts[i + 1]
        if i == 1:
            anchor += " | " + parts[3]
        value = float(num.replace(".", "")) * mult
        kw = {"location": place} if place else {}
        s = subj if place else "Các huyện còn lại " + subj
        FIGS.append(F(anchor, num, value, kind, unit, s, N9i, **kw))

FIGS += [
    F("Kiểm tra 186 cơ sở", "186", 186, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", N9i, percent=93),
    F("phát hiện 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở kinh doanh dịch vụ cầm đồ vi phạm", N9i),
    F("thu hồi 3 giấy", "3", 3, "count", "giấy chứng nhận",
      "giấy chứng nhận đủ điều kiện về an ninh, trật tự đề nghị thu hồi", N9i),
    F("trên 7.200 tờ rơi", "7.200", 7200, "count", "tờ rơi", "tờ rơi, quảng cáo cho vay bóc, xóa", N9i, approx="over"),
    F("vay 5.320 lượt hộ", "5.320", 5320, "count", "lượt hộ", "lượt hộ được Ngân hàng Chính sách xã hội cho vay", N9i),
    F("doanh số 268 tỷ đồng", "268", 268e9, "money", "đồng", "doanh số cho vay của Ngân hàng Chính sách xã hội", N9i),
    F("đạt 9.845,6 tỷ đồng", "9.845,6", 9845.6e9, "money", "đồng", "tổng dư nợ tín dụng chính sách", AS,
      change=CH("increase", 6.2, "%", "đầu năm")),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ điều tra, khám phá án tín dụng đen", Q4, approx="over", status="target"),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở cầm đồ chưa được kiểm tra trong năm được kiểm tra", Q4,
      status="target"),
]

COMMENTS = [
    "Formal report (UBND tỉnh Đắk Lắk, Ban Chỉ đạo 138, Số: 215/BC-BCĐ): phòng, chống tín dụng đen 9 tháng năm 2024.",
    "Place-and-date line 'Đắk Lắk, ngày 08 tháng 10 năm 2024' gives published. 'BAN CHỈ ĐẠO 138', the document number, 'Bảng 1',",
    "section numbers (I., 1., 2., 3., II.) and 'C02, C06' are not figures.",
    "Flattened '|' table: every numeric cell is a figure; row labels that are districts go to location; 'Các huyện còn lại' is no place",
    "(location stays Đắk Lắk, the label goes into the subject). Money column in triệu đồng from the title line '(số tiền: triệu đồng)'.",
    "The table has no period of its own: cells inherit '9 tháng năm 2024' (unscored). No total on table cells (no cue; rows add to the text's",
    "46 / 83 / 27,4 tỷ but the spec gives table cells no total).",
    "'đạt 93% kế hoạch' is the percent of 186 cơ sở; 'tăng 6,2% so với đầu năm' the change of the as-of dư nợ.",
    "Plan section: 'phấn đấu' makes both quý IV/2024 figures targets.",
    "revised after the first scoring (for consistency with p672-7, not because of an error here): cell subjects are the column label",
    "('Số vụ', 'Số đối tượng', 'Số tiền cho vay'), no longer with 'phát hiện' from the table title.",
]

if __name__ == "__main__":
    emit("p672-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đắk Lắk")
