"""p1164-3: formal report of UBND tỉnh Thái Bình on the 2023-2024 school year, flattened | table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 25 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện Chương trình Sữa học đường năm học 2023-2024

I. KẾT QUẢ THỰC HIỆN
1. Đối tượng thụ hưởng
Năm học 2023-2024, Chương trình được triển khai tại 8/8 huyện, thành phố với 176.420 trẻ mầm non và học sinh tiểu học tham gia, tăng 5.180 trẻ so với năm học 2022-2023; tỷ lệ tham gia đạt 93,6%. Tổng số sữa đã cung ứng là 12,35 triệu hộp, không có trường hợp ngộ độc thực phẩm.

2. Kết quả theo địa bàn
Đơn vị tính: trẻ
Địa bàn | Mầm non | Tiểu học | Cộng
TP Thái Bình | 14.260 | 17.840 | 32.100
Hưng Hà | 13.480 | 16.920 | 30.400
Quỳnh Phụ | 12.910 | 16.350 | 29.260
Các huyện còn lại | 37.500 | 47.160 | 84.660
Tổng cộng | 78.150 | 98.270 | 176.420

3. Kinh phí
Tổng kinh phí thực hiện là 84,7 tỷ đồng, trong đó ngân sách tỉnh 33,9 tỷ đồng (40%), doanh nghiệp hỗ trợ 16,9 tỷ đồng, cha mẹ học sinh đóng góp 33,9 tỷ đồng.

II. TỒN TẠI, HẠN CHẾ
Còn hơn 12.000 trẻ chưa tham gia, chủ yếu do phụ huynh chưa đồng thuận; 46 điểm trường chưa có tủ bảo quản sữa.

III. NHIỆM VỤ NĂM HỌC 2024-2025
Phấn đấu 100% trường mầm non, tiểu học công lập triển khai Chương trình; tỷ lệ trẻ tham gia đạt trên 95%; kiểm tra chất lượng sữa ít nhất 2 lần/năm học.

Nơi nhận:
- Bộ Y tế, Bộ GD&ĐT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

NH = per("Năm học 2023-2024", "2023-09-01", "2024-05-31")
NEXT = per("NHIỆM VỤ NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inherited=True)
IND = "số trẻ tham gia"
PLACES = {"TP Thái Bình": "Thái Bình", "Hưng Hà": "Hưng Hà", "Quỳnh Phụ": "Quỳnh Phụ"}


def cell(anchor, number, value, row, col):
    """Row labels that are places go to location; the others stay in the subject."""
    if row in PLACES:
        return fig(anchor, number, value, "count", "trẻ", subject=f"{IND} {col.lower()}",
                   period=inh(NH), location=PLACES[row])
    return fig(anchor, number, value, "count", "trẻ", subject=f"{IND} {col.lower()} {row.lower()}",
               period=inh(NH))


FIGS = [
    fig("tại 8/8 huyện", "8", 8, "count", "huyện, thành phố", total=8,
        subject="huyện, thành phố triển khai Chương trình Sữa học đường", period=NH),
    fig("với 176.420 trẻ", "176.420", 176420, "count", "trẻ",
        change=chg("increase", 5180, "trẻ", "năm học 2022-2023"),
        subject="trẻ mầm non và học sinh tiểu học tham gia Chương trình", period=NH),
    fig("đạt 93,6%", "93,6", 93.6, "percent", "%", subject="tỷ lệ tham gia Chương trình Sữa học đường",
        period=NH),
    fig("là 12,35 triệu hộp", "12,35", 12.35e6, "count", "hộp", subject="sữa đã cung ứng",
        period=inh(NH)),
    cell("TP Thái Bình | 14.260", "14.260", 14260, "TP Thái Bình", "Mầm non"),
    cell("14.260 | 17.840", "17.840", 17840, "TP Thái Bình", "Tiểu học"),
    cell("17.840 | 32.100", "32.100", 32100, "TP Thái Bình", "Cộng"),
    cell("Hưng Hà | 13.480", "13.480", 13480, "Hưng Hà", "Mầm non"),
    cell("13.480 | 16.920", "16.920", 16920, "Hưng Hà", "Tiểu học"),
    cell("16.920 | 30.400", "30.400", 30400, "Hưng Hà", "Cộng"),
    cell("Quỳnh Phụ | 12.910", "12.910", 12910, "Quỳnh Phụ", "Mầm non"),
    cell("12.910 | 16.350", "16.350", 16350, "Quỳnh Phụ", "Tiểu học"),
    cell("16.350 | 29.260", "29.260", 29260, "Quỳnh Phụ", "Cộng"),
    cell("còn lại | 37.500", "37.500", 37500, "Các huyện còn lại", "Mầm non"),
    cell("37.500 | 47.160", "47.160", 47160, "Các huyện còn lại", "Tiểu học"),
    cell("47.160 | 84.660", "84.660", 84660, "Các huyện còn lại", "Cộng"),
    cell("Tổng cộng | 78.150", "78.150", 78150, "Tổng cộng", "Mầm non"),
    cell("78.150 | 98.270", "98.270", 98270, "Tổng cộng", "Tiểu học"),
    cell("98.270 | 176.420", "176.420", 176420, "Tổng cộng", "Cộng"),
    fig("là 84,7 tỷ", "84,7", 84.7e9, "money", "đồng", subject="tổng kinh phí thực hiện Chương trình",
        period=inh(NH)),
    fig("tỉnh 33,9 tỷ", "33,9", 33.9e9, "money", "đồng", total=84.7e9, percent=40,
        subject="kinh phí ngân sách tỉnh", period=inh(NH)),
    fig("hỗ trợ 16,9 tỷ", "16,9", 16.9e9, "money", "đồng", total=84.7e9,
        subject="kinh phí doanh nghiệp hỗ trợ", period=inh(NH)),
    fig("đóng góp 33,9 tỷ", "33,9", 33.9e9, "money", "đồng", total=84.7e9,
        subject="kinh phí cha mẹ học sinh đóng góp", period=inh(NH)),
    fig("hơn 12.000 trẻ", "12.000", 12000, "count", "trẻ", approx="over",
        subject="trẻ chưa tham gia Chương trình", period=inh(NH)),
    fig("46 điểm trường", "46", 46, "count", "điểm trường",
        subject="điểm trường chưa có tủ bảo quản sữa", period=inh(NH)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="trường mầm non, tiểu học công lập triển khai Chương trình", period=NEXT),
    fig("trên 95%", "95", 95, "percent", "%", approx="over", status="target",
        subject="tỷ lệ trẻ tham gia", period=NEXT),
    fig("ít nhất 2 lần/năm học", "2", 2, "measure", "lần/năm học", approx="at_least", status="target",
        subject="số lần kiểm tra chất lượng sữa", period=NEXT),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH THÁI BÌNH, 'Số: 186/BC-UBND', 'Thái Bình, ngày 25 tháng 7 năm 2024' (published); sections; 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: trẻ', rows are districts: a place row gives location, subject = indicator + column label;",
    "'Các huyện còn lại' and 'Tổng cộng' are not places: location Thái Bình, the label stays in the subject. Cells take the",
    "school year of the title/section 1 (inherited); cells get no total. The text's 176.420 and the table's Tổng cộng/Cộng cell are separate mentions.",
    "'(40%)' right after 'ngân sách tỉnh 33,9 tỷ đồng' is its share (percent attribute). The three sources follow 'trong đó': total 84,7 tỷ.",
    "Distractors: 186/BC-UBND, section numbers I./1./2./3./II./III., 'b/c', 'KGVX'. Section III heading gives the target year (inherited).",
]

if __name__ == "__main__":
    write("p1164-3", TEXT, NOTES, FIGS, published="2024-07-25", location="Thái Bình")
