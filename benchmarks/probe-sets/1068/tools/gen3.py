"""p1068-3: formal report (UBND tỉnh Thanh Hóa / BCĐ liên ngành ATTP), food-safety inspections of cake makers, Tết 2024; flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH THANH HÓA
BAN CHỈ ĐẠO LIÊN NGÀNH VỀ ATTP
Số: 58/BC-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 05 tháng 3 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn thực phẩm các cơ sở sản xuất bánh kẹo, bánh truyền thống dịp Tết Nguyên đán Giáp Thìn và mùa Lễ hội Xuân 2024

Thực hiện Kế hoạch số 276/KH-BCĐ ngày 01/12/2023, Ban Chỉ đạo báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Từ ngày 15/12/2023 đến ngày 29/02/2024, toàn tỉnh thành lập 312 đoàn kiểm tra, trong đó tuyến tỉnh 6 đoàn, tuyến huyện 28 đoàn, tuyến xã 278 đoàn. Các đoàn đã kiểm tra 2.184 cơ sở sản xuất, kinh doanh bánh kẹo và bánh truyền thống, phát hiện 205 cơ sở vi phạm, chiếm 9,4%; xử phạt 96 cơ sở với số tiền 412,5 triệu đồng, giảm 12,3% so với cùng kỳ.

2. Kết quả tại một số địa phương trọng điểm
Đơn vị tính: cơ sở; tiền phạt: triệu đồng
Địa phương | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Tiền phạt
TP Thanh Hóa | 486 | 52 | 118,0
Huyện Hoằng Hóa | 214 | 19 | 36,5
Huyện Thọ Xuân | 198 | 17 | 28,0
Thị xã Nghi Sơn | 176 | 21 | 45,5
Cộng | 1.074 | 109 | 228,0

3. Sản xuất và giá bánh truyền thống
Toàn tỉnh có khoảng 1.350 cơ sở, hộ gia đình sản xuất bánh chưng, bánh gai, bánh tét, tập trung ở các huyện Thọ Xuân, Yên Định, Hà Trung. Sản lượng bánh gai Tứ Trụ dịp Tết ước đạt 1,2 triệu chiếc. Giá bánh gai phổ biến từ 4.000 đến 6.000 đồng/chiếc.

II. PHƯƠNG HƯỚNG NĂM 2024
Trong 9 ngày nghỉ Tết, trên địa bàn tỉnh không xảy ra ngộ độc thực phẩm tập thể. Năm 2024, phấn đấu 100% cơ sở sản xuất bánh kẹo được kiểm tra ít nhất 1 lần/năm; tỷ lệ cơ sở vi phạm giảm xuống dưới 8%.

Nơi nhận: Bộ Y tế (b/c); Lưu: VT.
"""

K = P("Từ ngày 15/12/2023 đến ngày 29/02/2024", "2023-12-15", "2024-02-29")
KI = I(K)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

S1, S2, S3 = "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Tiền phạt"


def row(place, loc, a, b, c, va, vb, vc, sub_prefix=""):
    return [
        F(f"{place} | {a}", a, va, "count", "cơ sở", sub_prefix + S1, KI, location=loc),
        F(f"{a} | {b}", b, vb, "count", "cơ sở", sub_prefix + S2, KI, location=loc),
        F(f"{b} | {c}", c, vc, "money", "đồng", sub_prefix + S3, KI, location=loc),
    ]


FIGS = [
    F("thành lập 312 đoàn", "312", 312, "count", "đoàn kiểm tra", "đoàn kiểm tra", K),
    F("tuyến tỉnh 6 đoàn", "6", 6, "count", "đoàn", "đoàn kiểm tra tuyến tỉnh", K, total=312),
    F("tuyến huyện 28 đoàn", "28", 28, "count", "đoàn", "đoàn kiểm tra tuyến huyện", K, total=312),
    F("tuyến xã 278 đoàn", "278", 278, "count", "đoàn", "đoàn kiểm tra tuyến xã", K, total=312),
    F("kiểm tra 2.184 cơ sở", "2.184", 2184, "count", "cơ sở",
      "cơ sở sản xuất, kinh doanh bánh kẹo và bánh truyền thống được kiểm tra", KI),
    F("phát hiện 205 cơ sở", "205", 205, "count", "cơ sở", "cơ sở vi phạm", KI, percent=9.4),
    F("xử phạt 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở bị xử phạt", KI),
    F("số tiền 412,5 triệu đồng", "412,5", 412.5e6, "money", "đồng", "số tiền xử phạt", KI,
      change=C("decrease", 12.3, "%", "cùng kỳ")),
]
FIGS += row("TP Thanh Hóa", "Thanh Hóa", "486", "52", "118,0", 486, 52, 118e6)
FIGS += row("Hoằng Hóa", "Hoằng Hóa", "214", "19", "36,5", 214, 19, 36.5e6)
FIGS += row("Thọ Xuân", "Thọ Xuân", "198", "17", "28,0", 198, 17, 28e6)
FIGS += row("Nghi Sơn", "Nghi Sơn", "176", "21", "45,5", 176, 21, 45.5e6)
FIGS += row("Cộng", "Thanh Hóa", "1.074", "109", "228,0", 1074, 109, 228e6, "Cộng ")
FIGS += [
    F("khoảng 1.350 cơ sở", "1.350", 1350, "count", "cơ sở",
      "cơ sở, hộ gia đình sản xuất bánh chưng, bánh gai, bánh tét", approx="about"),
    F("ước đạt 1,2 triệu chiếc", "1,2", 1.2e6, "count", "chiếc", "sản lượng bánh gai Tứ Trụ dịp Tết",
      status="estimate"),
    F("từ 4.000 đến 6.000 đồng/chiếc", "4.000", 4000, "money", "đồng/chiếc", "giá bánh gai", value_max=6000),
    F("phấn đấu 100%", "100", 100, "percent", "%", "cơ sở sản xuất bánh kẹo được kiểm tra", Y24, status="target"),
    F("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", "tần suất kiểm tra", optional=True),
    F("dưới 8%", "8", 8, "percent", "%", "tỷ lệ cơ sở vi phạm", Y24, approx="under", status="target"),
]

NOTES = [
    "Báo cáo của BCĐ liên ngành ATTP tỉnh Thanh Hóa (Số: 58/BC-BCĐ, ngày 05/3/2024): kiểm tra ATTP cơ sở bánh kẹo, bánh truyền thống, Tết Giáp Thìn.",
    "Flattened table (Đơn vị tính: cơ sở; tiền phạt: triệu đồng): place column → location, subject = column label; 'Cộng' row = Thanh Hóa.",
    "Table cells and the second sentence of I.1 take the period of the first sentence of I.1 (inherited, not scored).",
    "Not figures: Số 58/BC-BCĐ, Kế hoạch số 276/KH-BCĐ ngày 01/12/2023, section numbers I./1./2./3./II., 'Lễ hội Xuân 2024',",
    "'Trong 9 ngày nghỉ Tết' (a duration that only locates time), 'Tứ Trụ' (a place name). 'ít nhất 1 lần/năm' is the target's specification (optional).",
    "96 cơ sở xử phạt: no part-of cue, no total.",
    "revised: 'Cộng' row subjects now row label + column label ('Cộng Số cơ sở được kiểm tra'); they were 'tổng Số cơ sở …'.",
]

if __name__ == "__main__":
    write("p1068-3", TEXT, NOTES, FIGS, published="2024-03-05", location="Thanh Hóa")
