"""p1150-3: formal report UBND tỉnh Hòa Bình - closed season on hồ Hòa Bình 2024, flattened | table of releases by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH HÒA BÌNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 20 tháng 8 năm 2024

BÁO CÁO
Kết quả thực hiện cấm khai thác thủy sản có thời hạn và thả giống tái tạo nguồn lợi trên hồ Hòa Bình năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Bảo vệ nguồn lợi thủy sản
Từ ngày 01/4 đến 30/6/2024, tỉnh cấm khai thác thủy sản tại 9 khu vực sinh sản tập trung trên hồ Hòa Bình, tổng diện tích 1.270 ha. Các lực lượng đã tổ chức 85 đợt tuần tra, kiểm tra, phát hiện 43 vụ vi phạm, giảm 11 vụ so với cùng kỳ năm 2023; thu giữ 29 bộ kích điện, 17 thuyền gắn máy; xử phạt vi phạm hành chính 148,5 triệu đồng. Có 2 vụ được chuyển cơ quan công an điều tra theo thẩm quyền.

2. Thả giống tái tạo nguồn lợi
Năm 2024, tỉnh thả 1,03 triệu con cá giống xuống hồ Hòa Bình, bằng 103% kế hoạch, tăng 21,2% so với năm 2023. Kết quả theo địa phương như sau:
Đơn vị tính: nghìn con
Địa phương | Năm 2023 | Năm 2024
Huyện Đà Bắc | 310 | 372
Huyện Cao Phong | 185 | 214
Huyện Mai Châu | 120 | 146
Thành phố Hòa Bình | 235 | 298
Tổng cộng | 850 | 1.030

3. Hỗ trợ ngư dân
Toàn tỉnh có 1.650 hộ ngư dân bị ảnh hưởng trong thời gian cấm; ngân sách tỉnh hỗ trợ 1 triệu đồng/hộ/tháng trong 3 tháng, tổng kinh phí gần 5 tỷ đồng.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu thả ít nhất 1,2 triệu con cá giống; giảm số vụ vi phạm từ 10 đến 15% so với năm 2024; duy trì 100% khu vực cấm có phao tiêu, biển báo.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Sở NN&PTNT;
- Lưu: VT, KT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

BAN = P("Từ ngày 01/4 đến 30/6/2024", "2024-04-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
CAP = "cá giống thả tái tạo nguồn lợi trên hồ Hòa Bình"


def cell(anchor, number, value, place, col):
    per = {"Năm 2023": Y23, "Năm 2024": Y24}[col]
    subj = f"{CAP} {col.lower()}" if place != "Tổng cộng" else f"{CAP} tổng cộng {col.lower()}"
    loc = "Hòa Bình" if place == "Tổng cộng" else place
    return F(anchor, number, value, "count", "con", subject=subj, period=per, location=loc)


FIGS = [
    F("tại 9 khu vực", "9", 9, "count", "khu vực", subject="khu vực sinh sản tập trung cấm khai thác thủy sản",
      period=BAN),
    F("tổng diện tích 1.270 ha", "1.270", 1270, "measure", "ha", subject="tổng diện tích khu vực cấm khai thác",
      period=BAN),
    F("tổ chức 85 đợt", "85", 85, "count", "đợt", subject="đợt tuần tra, kiểm tra", period=I(BAN)),
    F("phát hiện 43 vụ", "43", 43, "count", "vụ", change=C("decrease", 11, "vụ", "cùng kỳ năm 2023"),
      subject="vụ vi phạm được phát hiện", period=I(BAN)),
    F("thu giữ 29 bộ", "29", 29, "count", "bộ kích điện", subject="kích điện bị thu giữ", period=I(BAN)),
    F("17 thuyền", "17", 17, "count", "thuyền gắn máy", subject="thuyền gắn máy bị thu giữ", period=I(BAN)),
    F("148,5 triệu", "148,5", 148500000, "money", "đồng", subject="tiền xử phạt vi phạm hành chính",
      period=I(BAN)),
    F("Có 2 vụ", "2", 2, "count", "vụ", subject="vụ chuyển cơ quan công an điều tra", period=I(BAN)),
    F("thả 1,03 triệu con", "1,03", 1030000, "count", "con", percent=103,
      change=C("increase", 21.2, "%", "năm 2023"), subject="cá giống thả xuống hồ Hòa Bình", period=Y24),
    cell("Đà Bắc | 310", "310", 310000, "Đà Bắc", "Năm 2023"),
    cell("310 | 372", "372", 372000, "Đà Bắc", "Năm 2024"),
    cell("Cao Phong | 185", "185", 185000, "Cao Phong", "Năm 2023"),
    cell("185 | 214", "214", 214000, "Cao Phong", "Năm 2024"),
    cell("Mai Châu | 120", "120", 120000, "Mai Châu", "Năm 2023"),
    cell("120 | 146", "146", 146000, "Mai Châu", "Năm 2024"),
    cell("Thành phố Hòa Bình | 235", "235", 235000, "Hòa Bình", "Năm 2023"),
    cell("235 | 298", "298", 298000, "Hòa Bình", "Năm 2024"),
    cell("Tổng cộng | 850", "850", 850000, "Tổng cộng", "Năm 2023"),
    cell("850 | 1.030", "1.030", 1030000, "Tổng cộng", "Năm 2024"),
    F("có 1.650 hộ", "1.650", 1650, "count", "hộ ngư dân", subject="hộ ngư dân bị ảnh hưởng trong thời gian cấm",
      period=I(BAN)),
    F("hỗ trợ 1 triệu", "1", 1000000, "money", "đồng/hộ/tháng", subject="mức hỗ trợ từ ngân sách tỉnh"),
    F("trong 3 tháng", "3", 3, "measure", "tháng", optional=True, subject="thời gian hỗ trợ"),
    F("gần 5 tỷ", "5", 5000000000, "money", "đồng", approx="nearly", subject="tổng kinh phí hỗ trợ ngư dân",
      period=I(BAN)),
    F("ít nhất 1,2 triệu", "1,2", 1200000, "count", "con", approx="at_least", status="target",
      subject="cá giống thả", period=Y25),
    F("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15, status="target",
      subject="giảm số vụ vi phạm so với năm 2024", period=Y25),
    F("duy trì 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ khu vực cấm có phao tiêu, biển báo", period=Y25),
]

NOTES = [
    "Formal report: UBND TỈNH HÒA BÌNH, Số: 318/BC-UBND, 'Hòa Bình, ngày 20 tháng 8 năm 2024', sections I/II, 1-3, 'Nơi nhận', signature block.",
    "Flattened '|' table, 'Đơn vị tính: nghìn con': rows are districts (location), columns are years (period, and part of the subject per FIGURES.md Tables).",
    "Distractors: Số: 318/BC-UBND, section numbers I/II/1/2/3, the ban window dates, 'năm 2023' as a baseline.",
    "Enforcement figures after the first sentence inherit the ban window (stated in the sentence before). Section II inherits 'NĂM 2025' from its heading; 'Phấn đấu' governs the whole sentence after ';'.",
    "'giảm số vụ vi phạm từ 10 đến 15% so với năm 2024' is a rate that is itself the claim (target): percent with range, no change object.",
    "'trong 3 tháng' (length of support) is optional. '2 vụ' transferred to police has no 'trong đó' cue: no total.",
]

if __name__ == "__main__":
    write("p1150-3", TEXT, NOTES, FIGS, published="2024-08-20", location="Hòa Bình")
