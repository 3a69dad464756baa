"""p689-3: UBND tỉnh Quảng Trị formal report — bình đẳng giới 9 tháng năm 2024, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 287/BC-UBND
Quảng Trị, ngày 21 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ 9 tháng năm 2024

Thực hiện Công văn số 3125/LĐTBXH-BĐG ngày 02/8/2024 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh Quảng Trị báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng năm 2024
Tỷ lệ nữ giữ chức vụ lãnh đạo cấp sở, ngành | % | 30 | 27,4
Lao động nữ được giải quyết việc làm | người | 4.500 | 3.862
Phụ nữ nông thôn được đào tạo nghề | người | 1.200 | 1.015
Nạn nhân bạo lực giới được hỗ trợ | % | 100 | 100
Tỷ số giới tính khi sinh | bé trai/100 bé gái | 110,5 | 111,2

2. Công tác phòng ngừa, ứng phó với bạo lực trên cơ sở giới
9 tháng năm 2024, toàn tỉnh xảy ra 64 vụ bạo lực gia đình, giảm 11,1% so với cùng kỳ; trong đó có 53 nạn nhân là phụ nữ và trẻ em gái. Các sở, ngành, địa phương đã tổ chức 215 lớp tập huấn, truyền thông cho khoảng 12.400 lượt người. Tổng kinh phí thực hiện Chương trình quốc gia về bình đẳng giới ước đạt 1,46 tỷ đồng, bằng 73% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 hoàn thành 100% các chỉ tiêu kế hoạch; trong quý IV dự kiến tổ chức thêm 45 lớp tập huấn cho cán bộ làm công tác bình đẳng giới cấp xã.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Quang Thịnh
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
H24 = P("đến hết năm 2024", None, "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

R1 = "Tỷ lệ nữ giữ chức vụ lãnh đạo cấp sở, ngành"
R2 = "Lao động nữ được giải quyết việc làm"
R3 = "Phụ nữ nông thôn được đào tạo nghề"
R4 = "Nạn nhân bạo lực giới được hỗ trợ"
R5 = "Tỷ số giới tính khi sinh"
SR = "bé trai/100 bé gái"

FIGS = [
    F("ngành | % | 30 |", "30", 30, "percent", "%", R1 + " kế hoạch năm 2024", KH, status="target"),
    F("| 27,4", "27,4", 27.4, "percent", "%", R1 + " thực hiện 9 tháng", TH),
    F("| 4.500 |", "4.500", 4500, "count", "người", R2 + " kế hoạch năm 2024", KH, status="target"),
    F("| 3.862", "3.862", 3862, "count", "người", R2 + " thực hiện 9 tháng", TH),
    F("| 1.200 |", "1.200", 1200, "count", "người", R3 + " kế hoạch năm 2024", KH, status="target"),
    F("| 1.015", "1.015", 1015, "count", "người", R3 + " thực hiện 9 tháng", TH),
    F("hỗ trợ | % | 100 |", "100", 100, "percent", "%", R4 + " kế hoạch năm 2024", KH, status="target"),
    F("| 100\nTỷ số", "100", 100, "percent", "%", R4 + " thực hiện 9 tháng", TH),
    F("| 110,5 |", "110,5", 110.5, "measure", SR, R5 + " kế hoạch năm 2024", KH, status="target"),
    F("| 111,2", "111,2", 111.2, "measure", SR, R5 + " thực hiện 9 tháng", TH),
    F("xảy ra 64 vụ", "64", 64, "count", "vụ", "vụ bạo lực gia đình", N9,
      change=CH("decrease", 11.1, "%", "cùng kỳ")),
    F("có 53 nạn nhân", "53", 53, "count", "nạn nhân", "nạn nhân là phụ nữ và trẻ em gái", N9),
    F("tổ chức 215 lớp", "215", 215, "count", "lớp", "lớp tập huấn, truyền thông", I(N9)),
    F("khoảng 12.400 lượt người", "12.400", 12400, "count", "lượt người",
      "lượt người được tập huấn, truyền thông", I(N9), approx="about"),
    F("ước đạt 1,46 tỷ đồng", "1,46", 1_460_000_000, "money", "đồng",
      "tổng kinh phí thực hiện Chương trình quốc gia về bình đẳng giới", I(N9), percent=73, status="estimate"),
    F("hoàn thành 100% các chỉ tiêu", "100", 100, "percent", "%", "chỉ tiêu kế hoạch hoàn thành", H24,
      status="target"),
    F("thêm 45 lớp", "45", 45, "count", "lớp", "lớp tập huấn cho cán bộ làm công tác bình đẳng giới cấp xã", Q4,
      status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Quảng Trị, Số: 287/BC-UBND (invented): báo cáo bình đẳng giới 9 tháng năm 2024.",
    "Place-and-date line 'Quảng Trị, ngày 21 tháng 10 năm 2024' gives published. Flattened table Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 |",
    "Thực hiện 9 tháng năm 2024: unit from the Đơn vị column, plan cells status target, result cells actual, period from the header.",
    "'100' in 'bé trai/100 bé gái' is a rate denominator. 53 nạn nhân after 'trong đó' counts victims, not vụ: no total.",
    "Document numbers, section numbers (I., 1., II.), 'QUÝ IV/2024' heading and 'ngày 02/8/2024' are not figures. 'quý IV' takes 2024.",
]

if __name__ == "__main__":
    emit("p689-3", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Quảng Trị")
