"""p1395-3: formal report (Sở KH&CN Quảng Nam): label and barcode inspections 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH QUẢNG NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 27/BC-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả kiểm tra nhà nước về nhãn hàng hóa và mã số mã vạch năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác kiểm tra
Năm 2024, Sở đã thành lập 4 đoàn kiểm tra liên ngành, kiểm tra 172 cơ sở sản xuất, kinh doanh tại 12/18 huyện, thị xã, thành phố; phát hiện 26 cơ sở vi phạm (chiếm 15,1%), ban hành 26 quyết định xử phạt với tổng số tiền 187,5 triệu đồng, tăng 12,3% so với năm 2023. Buộc tiêu hủy 1.340 sản phẩm không có nhãn hoặc ghi nhãn không đúng quy định.

Bảng 1. Kết quả kiểm tra nhãn hàng hóa, mã số mã vạch
Đơn vị tính: cơ sở
Nội dung | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Số cơ sở được kiểm tra | 148 | 172 | 116,2
Số cơ sở vi phạm | 31 | 26 | 83,9
Trong đó: vi phạm về ghi nhãn | 22 | 19 | 86,4
Vi phạm về mã số mã vạch | 9 | 7 | 77,8

2. Công tác hỗ trợ doanh nghiệp
Sở đã tổ chức 3 lớp tập huấn về ghi nhãn hàng hóa và mã số mã vạch cho 215 lượt cán bộ, doanh nghiệp; hướng dẫn 58 doanh nghiệp đăng ký mới mã số mã vạch, đạt 116% kế hoạch. Đến ngày 31/12/2024, toàn tỉnh có 734 doanh nghiệp đang sử dụng mã số mã vạch, xếp thứ 4 khu vực miền Trung - Tây Nguyên.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu kiểm tra không dưới 180 cơ sở; hướng dẫn từ 60 đến 70 doanh nghiệp đăng ký mã số mã vạch; 100% cơ sở vi phạm được xử lý theo Nghị định số 119/2017/NĐ-CP.

Nơi nhận:
- Bộ Khoa học và Công nghệ;
- UBND tỉnh (b/c);
- Lưu: VT, TĐC.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Văn Hòa
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
CAP = "kết quả kiểm tra nhãn hàng hóa, mã số mã vạch"


def row(label, anchors, nums, whole=None):
    """Three cells of one table row: Năm 2023, Năm 2024, So với cùng kỳ (%)."""
    out = []
    for (col, p), a, n, w in zip([("năm 2023", C23), ("năm 2024", C24)], anchors, nums, whole or (None, None)):
        kw = {"total": w} if w else {}
        out.append(fig(a, n, float(n.replace(".", "")), "count", "cơ sở",
                       subject=f"{label.lower()} {col}", period=p, **kw))
    out.append(fig(anchors[2], nums[2], float(nums[2].replace(",", ".")), "percent", "%",
                   subject=f"{label.lower()} so với cùng kỳ"))
    return out


TABLE = (row("Số cơ sở được kiểm tra", ["kiểm tra | 148", "148 | 172", "172 | 116,2"], ["148", "172", "116,2"])
         + row("Số cơ sở vi phạm", ["vi phạm | 31", "31 | 26", "26 | 83,9"], ["31", "26", "83,9"])
         + row("Số cơ sở vi phạm về ghi nhãn", ["nhãn | 22", "22 | 19", "19 | 86,4"], ["22", "19", "86,4"], (31, 26))
         + row("Số cơ sở vi phạm về mã số mã vạch", ["vạch | 9", "| 9 | 7 |", "7 | 77,8"], ["9", "7", "77,8"], (31, 26)))

FIGS = [
    fig("thành lập 4 đoàn", "4", 4, "count", "đoàn", subject="đoàn kiểm tra liên ngành", period=Y24),
    fig("kiểm tra 172 cơ sở", "172", 172, "count", "cơ sở",
        subject="cơ sở sản xuất, kinh doanh được kiểm tra", period=Y24),
    fig("tại 12/18 huyện", "12", 12, "count", "huyện, thị xã, thành phố", total=18,
        subject="huyện, thị xã, thành phố được kiểm tra", period=Y24),
    fig("phát hiện 26 cơ sở", "26", 26, "count", "cơ sở", percent=15.1,
        subject="cơ sở vi phạm", period=Y24),
    fig("ban hành 26 quyết định", "26", 26, "count", "quyết định",
        subject="quyết định xử phạt", period=Y24),
    fig("tiền 187,5 triệu", "187,5", 187.5e6, "money", "đồng",
        change=chg("increase", 12.3, "%", "năm 2023"), subject="tổng số tiền xử phạt", period=Y24),
    fig("hủy 1.340 sản phẩm", "1.340", 1340, "count", "sản phẩm",
        subject="sản phẩm không có nhãn hoặc ghi nhãn không đúng quy định buộc tiêu hủy", period=inh(Y24)),
] + TABLE + [
    fig("tổ chức 3 lớp", "3", 3, "count", "lớp",
        subject="lớp tập huấn về ghi nhãn hàng hóa và mã số mã vạch", period=inh(Y24)),
    fig("cho 215 lượt", "215", 215, "count", "lượt cán bộ, doanh nghiệp",
        subject="lượt cán bộ, doanh nghiệp được tập huấn", period=inh(Y24)),
    fig("hướng dẫn 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", percent=116,
        subject="doanh nghiệp được hướng dẫn đăng ký mới mã số mã vạch", period=inh(Y24)),
    fig("có 734 doanh nghiệp", "734", 734, "count", "doanh nghiệp",
        subject="doanh nghiệp đang sử dụng mã số mã vạch", period=ASOF),
    fig("xếp thứ 4", "4", 4, "rank", "hạng",
        subject="doanh nghiệp đang sử dụng mã số mã vạch", period=ASOF),
    fig("không dưới 180 cơ sở", "180", 180, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được kiểm tra", period=Y25),
    fig("từ 60 đến 70", "60", 60, "count", "doanh nghiệp", value_max=70, status="target",
        subject="doanh nghiệp được hướng dẫn đăng ký mã số mã vạch", period=Y25),
    fig("; 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở vi phạm được xử lý", period=Y25),
]

NOTES = [
    "Formal report (Sở KH&CN Quảng Nam): 'UBND TỈNH QUẢNG NAM', 'Số: 27/BC-SKHCN', 'Quảng Nam, ngày 08 tháng 01 năm 2025', sections I/II, 1-2, 'Nơi nhận'.",
    "Distractors: document numbers, 'Bảng 1.', section numbers, 'Nghị định số 119/2017/NĐ-CP', 'Lưu: VT, TĐC', the letterhead date, 'Đến ngày 31/12/2024'.",
    "'tại 12/18 huyện, thị xã, thành phố' -> 12 with total 18. 'phát hiện 26 cơ sở vi phạm (chiếm 15,1%)' -> percent 15.1; no total (no cue).",
    "Flattened '|' table, 'Đơn vị tính: cơ sở'; subject = row label + column label; period from the year headers (scored).",
    "'So với cùng kỳ (%)' cells are percent figures of their own (every numeric cell is a figure); their header names no period: none in the gold.",
    "'Trong đó:' sub-rows follow 'Số cơ sở vi phạm': each part takes the whole of its column as total (31 / 26); 22+9=31, 19+7=26.",
    "Section 2 names no period; its figures inherit 'Năm 2024' (not scored). 'đạt 116% kế hoạch' -> percent attribute.",
    "'xếp thứ 4 khu vực miền Trung - Tây Nguyên' -> rank of the province (location Quảng Nam).",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2025' + 'Phấn đấu' governs the whole ';'-chain -> target; period from the heading (inherited).",
]

if __name__ == "__main__":
    write("p1395-3", TEXT, NOTES, FIGS, published="2025-01-08", location="Quảng Nam")
