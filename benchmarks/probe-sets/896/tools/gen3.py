"""p896-3: formal report of UBND tỉnh Thanh Hóa, 9 months 2023, flattened | table by locality."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 356/BC-UBND
Thanh Hóa, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả lập lại trật tự lòng đường, vỉa hè 9 tháng năm 2023

Thực hiện Kế hoạch số 78/KH-UBND ngày 20/3/2023 của UBND tỉnh về lập lại trật tự lòng đường, vỉa hè, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra, xử lý vi phạm
9 tháng năm 2023, toàn tỉnh phát hiện 3.412 trường hợp vi phạm trật tự lòng đường, vỉa hè, đã xử phạt 2.286 trường hợp, thu nộp ngân sách 3.874 triệu đồng, bằng 126% cùng kỳ. Kết quả tại 4 địa phương trọng điểm như sau:

Đơn vị tính: trường hợp; tiền phạt: triệu đồng
Địa phương | Phát hiện | Xử phạt | Tiền phạt
TP. Thanh Hóa | 1.685 | 1.152 | 2.035
TP. Sầm Sơn | 874 | 590 | 968
TX. Nghi Sơn | 513 | 326 | 544
TX. Bỉm Sơn | 340 | 218 | 327
Tổng cộng | 3.412 | 2.286 | 3.874

2. Công tác sắp xếp điểm kinh doanh
Các địa phương đã bố trí 27 điểm kinh doanh tạm thời, chợ đêm, phố đi bộ với 1.460 vị trí bán hàng; sắp xếp được 1.138 hộ bán hàng rong vào kinh doanh, đạt 81,3% kế hoạch. Riêng TP. Sầm Sơn bố trí 9 điểm với 540 vị trí phục vụ mùa du lịch.

II. NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu đến ngày 31/12/2023 xóa bỏ 100% lều quán tạm lấn chiếm hành lang Quốc lộ 1A, Quốc lộ 47.
2. Dự kiến bố trí thêm 6 điểm kinh doanh với khoảng 350 vị trí.

Nơi nhận: Bộ GTVT; Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31", inherited=True)

PLACES = [("TP. Thanh Hóa", "Thanh Hóa", "1.685", "1.152", "2.035"),
          ("TP. Sầm Sơn", "Sầm Sơn", "874", "590", "968"),
          ("TX. Nghi Sơn", "Nghi Sơn", "513", "326", "544"),
          ("TX. Bỉm Sơn", "Bỉm Sơn", "340", "218", "327"),
          ("Tổng cộng", "Thanh Hóa", "3.412", "2.286", "3.874")]


def num(s):
    return int(s.replace(".", ""))


def table_figs():
    out = []
    for label, loc, a, b, c in PLACES:
        tot = "tổng cộng " if label == "Tổng cộng" else ""
        out.append(F(f"{label} | {a}", a, num(a), "count", "trường hợp",
                     f"{tot}trường hợp vi phạm phát hiện", I(M9), location=loc))
        out.append(F(f"{a} | {b}", b, num(b), "count", "trường hợp",
                     f"{tot}trường hợp vi phạm xử phạt", I(M9), location=loc))
        out.append(F(f"{b} | {c}", c, num(c) * 1e6, "money", "đồng",
                     f"{tot}tiền phạt", I(M9), location=loc))
    return out


FIGS = [
    F("phát hiện 3.412 trường hợp", "3.412", 3412, "count", "trường hợp",
      "trường hợp vi phạm trật tự lòng đường, vỉa hè phát hiện", M9),
    F("xử phạt 2.286 trường hợp", "2.286", 2286, "count", "trường hợp",
      "trường hợp vi phạm trật tự lòng đường, vỉa hè đã xử phạt", M9),
    F("ngân sách 3.874 triệu đồng", "3.874", 3874e6, "money", "đồng",
      "tiền phạt thu nộp ngân sách", M9, percent=126),
    F("tại 4 địa phương", "4", 4, "count", "địa phương", "địa phương trọng điểm", optional=True),
    *table_figs(),
    F("bố trí 27 điểm kinh doanh", "27", 27, "count", "điểm kinh doanh",
      "điểm kinh doanh tạm thời, chợ đêm, phố đi bộ", I(M9)),
    F("với 1.460 vị trí", "1.460", 1460, "count", "vị trí bán hàng",
      "vị trí bán hàng tại điểm kinh doanh", I(M9)),
    F("được 1.138 hộ", "1.138", 1138, "count", "hộ bán hàng rong",
      "hộ bán hàng rong được sắp xếp vào kinh doanh", I(M9), percent=81.3),
    F("bố trí 9 điểm", "9", 9, "count", "điểm", "điểm kinh doanh phục vụ mùa du lịch",
      I(M9), location="Sầm Sơn"),
    F("với 540 vị trí", "540", 540, "count", "vị trí", "vị trí bán hàng phục vụ mùa du lịch",
      I(M9), location="Sầm Sơn"),
    F("xóa bỏ 100% lều quán", "100", 100, "percent", "%",
      "lều quán tạm lấn chiếm hành lang quốc lộ được xóa bỏ",
      P("đến ngày 31/12/2023", None, "2023-12-31"), status="target"),
    F("thêm 6 điểm kinh doanh", "6", 6, "count", "điểm kinh doanh",
      "điểm kinh doanh bố trí thêm", Q4, status="forecast"),
    F("khoảng 350 vị trí", "350", 350, "count", "vị trí", "vị trí bán hàng bố trí thêm", Q4,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report (letterhead) of UBND tỉnh Thanh Hóa on street/sidewalk order, 9 months 2023 (invented).",
    "Not figures: Số: 356/BC-UBND, Kế hoạch số 78/KH-UBND ngày 20/3/2023, section numbers I./II./1./2., Quốc lộ 1A, Quốc lộ 47,",
    "the heading 'NHIỆM VỤ QUÝ IV/2023'. 'tại 4 địa phương trọng điểm' announces the table: optional.",
    "Table: every cell is a figure; money column is in triệu đồng (Đơn vị tính line); the place column is location;",
    "the Tổng cộng row is its own figure (location Thanh Hóa); cells carry no total; period from the lead sentence (inherited).",
    "'Riêng TP. Sầm Sơn bố trí 9 điểm' is not a part-of cue: no total. 'bằng 126% cùng kỳ' -> percent of 3.874 triệu.",
]

if __name__ == "__main__":
    build("p896-3", TEXT, FIGS, COMMENTS, published="2023-10-12", location="Thanh Hóa")
