"""p1174-3: formal report (UBND tỉnh Bình Định), alcohol violations 2023, flattened | table by locality."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả kiểm tra, xử lý vi phạm về nồng độ cồn năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
Tính đến ngày 15/12/2023, lực lượng chức năng toàn tỉnh đã kiểm tra nồng độ cồn 214.600 lượt người điều khiển phương tiện, phát hiện 11.482 trường hợp vi phạm, bằng 5,35% số lượt kiểm tra; ra quyết định xử phạt 11.207 trường hợp (đạt 97,6%), thu nộp ngân sách hơn 41,8 tỷ đồng.

2. Kết quả theo địa phương
Đơn vị tính: trường hợp
Địa phương | Vi phạm | Đã xử phạt | Tước GPLX
TP Quy Nhơn | 4.126 | 4.051 | 2.870
Thị xã An Nhơn | 1.683 | 1.640 | 1.195
Huyện Tuy Phước | 1.512 | 1.478 | 1.062
Huyện Phù Cát | 1.208 | 1.179 | 846
Các địa phương khác | 2.953 | 2.859 | 2.011
Tổng cộng | 11.482 | 11.207 | 7.984

3. Tai nạn giao thông liên quan đến rượu, bia
Năm 2023, toàn tỉnh xảy ra 27 vụ tai nạn giao thông mà người điều khiển phương tiện có nồng độ cồn, làm chết 19 người, bị thương 22 người, giảm 8 vụ so với năm 2022.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu 100% tổ tuần tra, kiểm soát được trang bị máy đo nồng độ cồn; mỗi huyện, thị xã, thành phố tổ chức ít nhất 2 đợt cao điểm kiểm tra mỗi quý.
2. Ước tính cần bổ sung khoảng 120 máy đo nồng độ cồn, kinh phí dự kiến 6,5 tỷ đồng từ nguồn thu xử phạt vi phạm hành chính.

Nơi nhận:
- Bộ Công an (b/c);
- Ban ATGT tỉnh;
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 15/12/2023", None, "2023-12-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Vi phạm": "vi phạm nồng độ cồn", "Đã xử phạt": "đã xử phạt vi phạm nồng độ cồn",
        "Tước GPLX": "tước GPLX"}


def cell(anchor, number, value, row, col, place=None):
    subj = COLS[col] if place else f"{COLS[col]} {row.lower()}"
    return F(anchor, number, value, "count", "trường hợp", subject=subj, period=I(ASOF),
             location=place or "Bình Định")


FIGS = [
    F("214.600 lượt", "214.600", 214600, "count", "lượt người",
      subject="người điều khiển phương tiện được kiểm tra nồng độ cồn", period=ASOF),
    F("phát hiện 11.482 trường hợp", "11.482", 11482, "count", "trường hợp", percent=5.35,
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=ASOF),
    F("xử phạt 11.207 trường hợp", "11.207", 11207, "count", "trường hợp", percent=97.6,
      subject="trường hợp vi phạm nồng độ cồn bị ra quyết định xử phạt", period=ASOF),
    F("hơn 41,8 tỷ", "41,8", 41800000000, "money", "đồng", approx="over",
      subject="tiền phạt vi phạm nồng độ cồn thu nộp ngân sách", period=ASOF),
    cell("Nhơn | 4.126", "4.126", 4126, "TP Quy Nhơn", "Vi phạm", "Quy Nhơn"),
    cell("4.126 | 4.051", "4.051", 4051, "TP Quy Nhơn", "Đã xử phạt", "Quy Nhơn"),
    cell("4.051 | 2.870", "2.870", 2870, "TP Quy Nhơn", "Tước GPLX", "Quy Nhơn"),
    cell("An Nhơn | 1.683", "1.683", 1683, "Thị xã An Nhơn", "Vi phạm", "An Nhơn"),
    cell("1.683 | 1.640", "1.640", 1640, "Thị xã An Nhơn", "Đã xử phạt", "An Nhơn"),
    cell("1.640 | 1.195", "1.195", 1195, "Thị xã An Nhơn", "Tước GPLX", "An Nhơn"),
    cell("Phước | 1.512", "1.512", 1512, "Huyện Tuy Phước", "Vi phạm", "Tuy Phước"),
    cell("1.512 | 1.478", "1.478", 1478, "Huyện Tuy Phước", "Đã xử phạt", "Tuy Phước"),
    cell("1.478 | 1.062", "1.062", 1062, "Huyện Tuy Phước", "Tước GPLX", "Tuy Phước"),
    cell("Cát | 1.208", "1.208", 1208, "Huyện Phù Cát", "Vi phạm", "Phù Cát"),
    cell("1.208 | 1.179", "1.179", 1179, "Huyện Phù Cát", "Đã xử phạt", "Phù Cát"),
    cell("1.179 | 846", "846", 846, "Huyện Phù Cát", "Tước GPLX", "Phù Cát"),
    cell("khác | 2.953", "2.953", 2953, "Các địa phương khác", "Vi phạm"),
    cell("2.953 | 2.859", "2.859", 2859, "Các địa phương khác", "Đã xử phạt"),
    cell("2.859 | 2.011", "2.011", 2011, "Các địa phương khác", "Tước GPLX"),
    cell("Tổng cộng | 11.482", "11.482", 11482, "Tổng cộng", "Vi phạm"),
    cell("11.482 | 11.207", "11.207", 11207, "Tổng cộng", "Đã xử phạt"),
    cell("11.207 | 7.984", "7.984", 7984, "Tổng cộng", "Tước GPLX"),
    F("xảy ra 27 vụ", "27", 27, "count", "vụ", change=C("decrease", 8, "vụ", "năm 2022"),
      subject="vụ tai nạn giao thông mà người điều khiển phương tiện có nồng độ cồn", period=Y23),
    F("làm chết 19 người", "19", 19, "count", "người",
      subject="người chết trong tai nạn giao thông liên quan đến rượu, bia", period=Y23),
    F("bị thương 22 người", "22", 22, "count", "người",
      subject="người bị thương trong tai nạn giao thông liên quan đến rượu, bia", period=Y23),
    F("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tổ tuần tra, kiểm soát được trang bị máy đo nồng độ cồn", period=Y24),
    F("ít nhất 2 đợt", "2", 2, "measure", "đợt/quý", approx="at_least", status="target",
      subject="đợt cao điểm kiểm tra mỗi quý ở mỗi huyện, thị xã, thành phố", period=Y24),
    F("khoảng 120 máy", "120", 120, "count", "máy đo nồng độ cồn", approx="about", status="estimate",
      subject="máy đo nồng độ cồn cần bổ sung", period=Y24),
    F("dự kiến 6,5 tỷ", "6,5", 6500000000, "money", "đồng", status="forecast",
      subject="kinh phí bổ sung máy đo nồng độ cồn", period=Y24),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 412/BC-UBND', 'Bình Định, ngày 22 tháng 12 năm 2023' (published); sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: trường hợp'; rows are places (location) except 'Các địa phương khác' and 'Tổng cộng' (Bình Định,",
    "row label kept in the subject); subject = column label with the report's indicator. Cells get no total; period inherited (as-of 15/12/2023).",
    "11.207 '(đạt 97,6%)' is its share; 11.482 'bằng 5,35% số lượt kiểm tra' its share. 'giảm 8 vụ so với năm 2022' is the change of 27 vụ.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' gives the period of its items (inherited). '2 đợt ... mỗi quý' is a rate (đợt/quý).",
    "Distractors: Số: 412/BC-UBND, section numbers I./II./1.-3., 'b/c', 'KT. CHỦ TỊCH'.",
]

if __name__ == "__main__":
    write("p1174-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Bình Định")
