"""p1147-3: formal report (UBND tỉnh Hải Dương), e-motorbike registration and charging, H1 2024, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 156/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình phát triển xe máy điện và hạ tầng trạm sạc 6 tháng đầu năm 2024

I. TÌNH HÌNH ĐĂNG KÝ PHƯƠNG TIỆN
1. Kết quả chung
6 tháng đầu năm 2024, Công an tỉnh đăng ký mới 3.184 xe máy điện, bằng 58,2% cả năm 2023; lũy kế đến ngày 30/6/2024, toàn tỉnh có 29.745 xe máy điện, chiếm 1,9% tổng số xe mô tô, xe gắn máy.

2. Số liệu theo địa phương
Đơn vị tính: chiếc
Địa phương | Năm 2023 | 6 tháng đầu năm 2024 | Lũy kế đến 30/6/2024
TP Hải Dương | 2.310 | 1.342 | 11.870
TP Chí Linh | 815 | 472 | 4.236
TX Kinh Môn | 604 | 351 | 3.518
Các huyện còn lại | 1.742 | 1.019 | 10.121
Tổng cộng | 5.471 | 3.184 | 29.745

II. HẠ TẦNG TRẠM SẠC, TRẠM ĐỔI PIN
Đến ngày 30/6/2024, toàn tỉnh có 64 trạm sạc công cộng với 212 cổng sạc, trong đó 148 cổng dành cho xe máy điện; 19 trạm đổi pin do 2 doanh nghiệp đầu tư, mỗi ngày phục vụ khoảng 1.600 lượt đổi pin.

III. CÔNG TÁC BẢO ĐẢM AN TOÀN PCCC
Lực lượng Cảnh sát PCCC đã kiểm tra 428 lượt cơ sở có điểm sạc xe điện, kiến nghị khắc phục 1.035 tồn tại, đình chỉ hoạt động 3 cơ sở. Phấn đấu đến cuối năm 2024 hoàn thành kiểm tra 100% trạm sạc công cộng trên địa bàn.

Nơi nhận:
- Bộ Công an (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("lũy kế đến ngày 30/6/2024", None, "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
H1C = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ACC = P("Lũy kế đến 30/6/2024", None, "2024-06-30")
ASOF2 = P("Đến ngày 30/6/2024", None, "2024-06-30")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
COLS = {"Năm 2023": (Y23, "xe máy điện đăng ký mới năm 2023"),
        "6 tháng đầu năm 2024": (H1C, "xe máy điện đăng ký mới 6 tháng đầu năm 2024"),
        "Lũy kế": (ACC, "xe máy điện lũy kế đến 30/6/2024")}


def cell(anchor, number, value, col, row=None, place=None):
    per, subj = COLS[col]
    if row:
        subj = f"{subj} {row}"
    kw = {"location": place} if place else {}
    return F(anchor, number, value, "count", "chiếc", subject=subj, period=per, **kw)


FIGS = [
    F("mới 3.184 xe", "3.184", 3184, "count", "xe máy điện", percent=58.2,
      subject="xe máy điện đăng ký mới", period=H1),
    F("có 29.745 xe", "29.745", 29745, "count", "xe máy điện", percent=1.9,
      subject="xe máy điện lũy kế", period=ASOF),
    cell("Hải Dương | 2.310", "2.310", 2310, "Năm 2023", place="Hải Dương"),
    cell("2.310 | 1.342", "1.342", 1342, "6 tháng đầu năm 2024", place="Hải Dương"),
    cell("1.342 | 11.870", "11.870", 11870, "Lũy kế", place="Hải Dương"),
    cell("Chí Linh | 815", "815", 815, "Năm 2023", place="Chí Linh"),
    cell("815 | 472", "472", 472, "6 tháng đầu năm 2024", place="Chí Linh"),
    cell("472 | 4.236", "4.236", 4236, "Lũy kế", place="Chí Linh"),
    cell("Kinh Môn | 604", "604", 604, "Năm 2023", place="Kinh Môn"),
    cell("604 | 351", "351", 351, "6 tháng đầu năm 2024", place="Kinh Môn"),
    cell("351 | 3.518", "3.518", 3518, "Lũy kế", place="Kinh Môn"),
    cell("còn lại | 1.742", "1.742", 1742, "Năm 2023", row="các huyện còn lại"),
    cell("1.742 | 1.019", "1.019", 1019, "6 tháng đầu năm 2024", row="các huyện còn lại"),
    cell("1.019 | 10.121", "10.121", 10121, "Lũy kế", row="các huyện còn lại"),
    cell("Tổng cộng | 5.471", "5.471", 5471, "Năm 2023", row="tổng cộng"),
    cell("5.471 | 3.184", "3.184", 3184, "6 tháng đầu năm 2024", row="tổng cộng"),
    cell("3.184 | 29.745", "29.745", 29745, "Lũy kế", row="tổng cộng"),
    F("có 64 trạm", "64", 64, "count", "trạm sạc", subject="trạm sạc công cộng", period=ASOF2),
    F("với 212 cổng", "212", 212, "count", "cổng sạc", subject="cổng sạc tại trạm sạc công cộng",
      period=ASOF2),
    F("148 cổng", "148", 148, "count", "cổng", total=212, subject="cổng sạc dành cho xe máy điện",
      period=ASOF2),
    F("19 trạm đổi pin", "19", 19, "count", "trạm đổi pin", subject="trạm đổi pin", period=ASOF2),
    F("do 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
      subject="doanh nghiệp đầu tư trạm đổi pin", period=ASOF2),
    F("khoảng 1.600 lượt", "1.600", 1600, "count", "lượt đổi pin", approx="about",
      subject="lượt đổi pin mỗi ngày", period=ASOF2),
    F("kiểm tra 428 lượt", "428", 428, "count", "lượt cơ sở",
      subject="lượt cơ sở có điểm sạc xe điện được kiểm tra PCCC", period=I(H1)),
    F("khắc phục 1.035 tồn tại", "1.035", 1035, "count", "tồn tại",
      subject="tồn tại kiến nghị khắc phục", period=I(H1)),
    F("đình chỉ hoạt động 3 cơ sở", "3", 3, "count", "cơ sở",
      subject="cơ sở bị đình chỉ hoạt động", period=I(H1)),
    F("kiểm tra 100%", "100", 100, "percent", "%", status="target",
      subject="trạm sạc công cộng được kiểm tra", period=END24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH HẢI DƯƠNG', 'Số: 156/BC-UBND', 'Hải Dương, ngày 12 tháng 7 năm 2024' (published), sections I-III, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: chiếc', rows are places (TP Hải Dương, TP Chí Linh, TX Kinh Môn → location) plus 'Các huyện còn lại'",
    "(no single place: location stays Hải Dương, the row label goes into the subject) and 'Tổng cộng'. Periods from the column headers (scored).",
    "Table cells get no total; 3.184 and 29.745 in the text and the Tổng cộng row are separate figures (different mentions).",
    "'bằng 58,2% cả năm 2023' is the share of 3.184 (percent attribute), not a change. 148 cổng after 'trong đó' → total 212.",
    "'mỗi ngày phục vụ khoảng 1.600 lượt đổi pin' is a daily flow written with 'mỗi ngày' before the verb: count (as 1116's 'Mỗi tháng ... 150 lượt xe').",
    "Section III has no period of its own: it inherits the title's '6 tháng đầu năm 2024'. 'Phấn đấu đến cuối năm 2024 ... 100%' → target.",
    "Distractors: Số 156/BC-UBND, section numbers I-III, 1-2, dates 30/6/2024 in headers, 'TT Tỉnh ủy', 'Lưu: VT, NC'.",
]

if __name__ == "__main__":
    write("p1147-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Hải Dương")
