"""p744-3: UBND tỉnh Hưng Yên formal report, feed quality management 9 months 2024, flattened | table of samples."""
from lib import F, P, I, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 215/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hưng Yên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả quản lý chất lượng thức ăn chăn nuôi 9 tháng năm 2024

Thực hiện Nghị định số 13/2020/NĐ-CP ngày 21/01/2020 của Chính phủ, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH SẢN XUẤT
Toàn tỉnh có 31 cơ sở sản xuất thức ăn chăn nuôi được cấp Giấy chứng nhận đủ điều kiện, tăng 2 cơ sở so với cuối năm 2023. Sản lượng 9 tháng ước đạt 1.845,3 nghìn tấn, tăng 4,8% so với cùng kỳ; trong đó thức ăn hỗn hợp hoàn chỉnh 1.512,6 nghìn tấn, thức ăn đậm đặc 332,7 nghìn tấn.

II. KẾT QUẢ LẤY MẪU GIÁM SÁT
Bảng 1. Kết quả phân tích mẫu 9 tháng năm 2024 (đơn vị: mẫu)
Nhóm chỉ tiêu | Số mẫu phân tích | Số mẫu đạt | Số mẫu không đạt
Protein thô | 96 | 91 | 5
Aflatoxin B1 | 64 | 62 | 2
Kim loại nặng | 40 | 40 | 0
Chất cấm Beta-agonist | 52 | 52 | 0
Cộng | 252 | 245 | 7

Tỷ lệ mẫu đạt chung là 97,2%, cao hơn 1,5 điểm phần trăm so với cùng kỳ năm 2023. Đã xử phạt 6 cơ sở vi phạm với tổng số tiền 214,5 triệu đồng; buộc tiêu hủy 12,6 tấn sản phẩm không bảo đảm chất lượng.

III. NHIỆM VỤ QUÝ IV/2024
1. Phấn đấu lấy tối thiểu 80 mẫu giám sát, kiểm tra 100% cơ sở mới được cấp phép.
2. Tuyên truyền Thông tư số 21/2019/TT-BNNPTNT đến các đại lý, cửa hàng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, KTN.
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
TAB = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", ) | {"inherited": True}
Q4 = I(P("quý IV/2024", "2024-10-01", "2024-12-31"))

ROWS = [
    # (row label, anchors for the three cells, numbers)
    ("Protein thô", [("thô | 96", "96"), ("96 | 91", "91"), ("91 | 5", "5")]),
    ("Aflatoxin B1", [("B1 | 64", "64"), ("64 | 62", "62"), ("62 | 2", "2")]),
    ("Kim loại nặng", [("nặng | 40", "40"), ("40 | 0\nChất", "40"), ("| 0\nChất", "0")]),
    ("Chất cấm Beta-agonist", [("agonist | 52", "52"), ("52 | 0\nCộng", "52"), ("| 0\nCộng", "0")]),
    ("Cộng", [("Cộng | 252", "252"), ("252 | 245", "245"), ("245 | 7", "7")]),
]
COLS = ["Số mẫu phân tích", "Số mẫu đạt", "Số mẫu không đạt"]

FIGS = [
    F("có 31 cơ sở", "31", 31, "count", "cơ sở",
      change=CH("increase", 2, "cơ sở", "cuối năm 2023"),
      subject="cơ sở sản xuất thức ăn chăn nuôi được cấp Giấy chứng nhận đủ điều kiện"),
    F("ước đạt 1.845,3 nghìn tấn", "1.845,3", 1845300, "measure", "tấn",
      change=CH("increase", 4.8, "%", "cùng kỳ"), status="estimate",
      subject="sản lượng thức ăn chăn nuôi", period=M9),
    F("hoàn chỉnh 1.512,6 nghìn tấn", "1.512,6", 1512600, "measure", "tấn", total=1845300, status="estimate",
      subject="thức ăn hỗn hợp hoàn chỉnh", period=M9),
    F("đậm đặc 332,7 nghìn tấn", "332,7", 332700, "measure", "tấn", total=1845300, status="estimate",
      subject="thức ăn đậm đặc", period=M9),
]
for label, cells in ROWS:
    for (anchor, num), col in zip(cells, COLS):
        name = "tổng" if label == "Cộng" else label
        FIGS.append(F(anchor, num, int(num), "count", "mẫu",
                      subject=f"{col} {name}", period=TAB))
FIGS += [
    F("là 97,2%", "97,2", 97.2, "percent", "%",
      change=CH("increase", 1.5, "điểm phần trăm", "cùng kỳ năm 2023"),
      subject="tỷ lệ mẫu đạt chung", period=I(M9)),
    F("xử phạt 6 cơ sở", "6", 6, "count", "cơ sở", subject="cơ sở vi phạm bị xử phạt", period=I(M9)),
    F("tiền 214,5 triệu đồng", "214,5", 214500000, "money", "đồng", subject="tổng số tiền xử phạt", period=I(M9)),
    F("hủy 12,6 tấn", "12,6", 12.6, "measure", "tấn",
      subject="sản phẩm không bảo đảm chất lượng buộc tiêu hủy", period=I(M9)),
    F("tối thiểu 80 mẫu", "80", 80, "count", "mẫu", approx="at_least", status="target",
      subject="mẫu giám sát", period=Q4),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở mới được cấp phép được kiểm tra", period=Q4),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Hưng Yên số 215/BC-UBND: quản lý chất lượng thức ăn chăn nuôi 9 tháng 2024, flattened `|` table of samples.",
    "Letterhead, place-and-date line `Hưng Yên, ngày 08 tháng 10 năm 2024` (published). Table: every numeric cell (zeros and the",
    "`Cộng` row included) is a count of `mẫu` (unit from `(đơn vị: mẫu)`); subject = column + row label; period from the table",
    "title (inherited, no column period); no totals inside the table (no textual part-whole cue). `trong đó` parts of the output",
    "take the whole 1.845,3 nghìn tấn and its `ước` status. `1,5 điểm phần trăm` is the change of 97,2%. Section III is",
    "`Phấn đấu` -> target, quarter from the heading (inherited). Distractors: Số 215/BC-UBND, Nghị định 13/2020/NĐ-CP,",
    "Thông tư 21/2019/TT-BNNPTNT, Aflatoxin B1, section numbers I./II./III./1./2., Bảng 1.",
]

if __name__ == "__main__":
    emit("p744-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hưng Yên")
