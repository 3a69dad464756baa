from lib import emit, fig, per, inh, chg

TEXT = """UBND TỈNH HẢI DƯƠNG                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                        Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND                         Hải Dương, ngày 18 tháng 10 năm 2024

BÁO CÁO
Tình hình quản lý, sử dụng tiền công đức, tài trợ tại các di tích 9 tháng năm 2024

Thực hiện Thông tư số 04/2023/TT-BVHTTDL ngày 30/6/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh Hải Dương báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Toàn tỉnh hiện có 1.098 di tích được xếp hạng, gồm 2 di tích quốc gia đặc biệt, 145 di tích quốc gia và 951 di tích cấp tỉnh. Đến ngày 30/9/2024, đã có 1.012/1.098 di tích mở sổ theo dõi thu, chi tiền công đức, đạt 92,2%.
2. 9 tháng năm 2024, tổng số tiền công đức, tài trợ các di tích tiếp nhận ước đạt 96,4 tỷ đồng, tăng 7,3% so với cùng kỳ năm 2023; trong đó tiền tài trợ bằng hiện vật quy đổi khoảng 11,2 tỷ đồng.

Bảng 1. Thu, chi tại các di tích trọng điểm (Đơn vị tính: triệu đồng)
Di tích | Thu công đức, tài trợ | Chi tu bổ, tôn tạo | Chi tổ chức lễ hội
Khu di tích Côn Sơn | 24.815 | 8.460 | 3.120
Khu di tích Kiếp Bạc | 19.370,5 | 6.905 | 2.875
Đền Tranh | 4.210 | 1.350 | 640
Chùa Thanh Mai | 3.065 | 980 | 415
Cộng | 51.460,5 | 17.695 | 7.050

Số tiền công đức nhận qua tài khoản ngân hàng, mã QR tại các di tích trọng điểm chiếm khoảng 24% tổng số thu. Dự kiến cả năm 2024, tổng số tiền công đức, tài trợ đạt khoảng 125 tỷ đồng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu 100% di tích được xếp hạng mở sổ theo dõi, công khai thu, chi; tổ chức 2 lớp tập huấn cho khoảng 300 thành viên ban quản lý di tích.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = per("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)
T = inh(M9)
ROWS = [("Khu di tích Côn Sơn", ["| 24.815 |", "| 8.460 |", "| 3.120\n"], ["24.815", "8.460", "3.120"]),
        ("Khu di tích Kiếp Bạc", ["| 19.370,5 |", "| 6.905 |", "| 2.875\n"], ["19.370,5", "6.905", "2.875"]),
        ("Đền Tranh", ["| 4.210 |", "| 1.350 |", "| 640\n"], ["4.210", "1.350", "640"]),
        ("Chùa Thanh Mai", ["| 3.065 |", "| 980 |", "| 415\n"], ["3.065", "980", "415"]),
        ("Cộng các di tích trọng điểm", ["| 51.460,5 |", "| 17.695 |", "| 7.050\n"], ["51.460,5", "17.695", "7.050"])]
COLS = ["Thu công đức, tài trợ", "Chi tu bổ, tôn tạo", "Chi tổ chức lễ hội"]


def million(s):
    return round(float(s.replace(".", "").replace(",", ".")) * 1e6)


FIGS = [
    fig("hiện có 1.098 di tích", "1.098", 1098, "count", "di tích", "di tích được xếp hạng"),
    fig("gồm 2 di tích", "2", 2, "count", "di tích", "di tích quốc gia đặc biệt", total=1098),
    fig("145 di tích quốc gia", "145", 145, "count", "di tích", "di tích quốc gia", total=1098),
    fig("951 di tích cấp tỉnh", "951", 951, "count", "di tích", "di tích cấp tỉnh", total=1098),
    fig("có 1.012/1.098", "1.012", 1012, "count", "di tích", "di tích mở sổ theo dõi thu, chi tiền công đức",
        per("Đến ngày 30/9/2024", None, "2024-09-30"), total=1098, percent=92.2),
    fig("ước đạt 96,4 tỷ đồng", "96,4", 96400000000, "money", "đồng",
        "tổng số tiền công đức, tài trợ các di tích tiếp nhận", M9,
        change=chg("increase", 7.3, baseline="cùng kỳ năm 2023"), status="estimate"),
    fig("khoảng 11,2 tỷ đồng", "11,2", 11200000000, "money", "đồng", "tiền tài trợ bằng hiện vật quy đổi", M9,
        approx="about", total=96400000000, status="estimate"),
]
for row, anchors, nums in ROWS:
    for col, a, n in zip(COLS, anchors, nums):
        FIGS.append(fig(a, n, million(n), "money", "đồng", f"{col} {row}", T))
FIGS += [
    fig("khoảng 24%", "24", 24, "percent", "%",
        "tiền công đức nhận qua tài khoản ngân hàng, mã QR tại các di tích trọng điểm trong tổng số thu", approx="about"),
    fig("khoảng 125 tỷ đồng", "125", 125000000000, "money", "đồng", "tổng số tiền công đức, tài trợ",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", "di tích được xếp hạng mở sổ theo dõi, công khai thu, chi", Q4,
        status="target"),
    fig("tổ chức 2 lớp", "2", 2, "count", "lớp tập huấn", "lớp tập huấn cho thành viên ban quản lý di tích", Q4,
        status="target"),
    fig("khoảng 300 thành viên", "300", 300, "count", "thành viên", "thành viên ban quản lý di tích được tập huấn", Q4,
        approx="about", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Hải Dương, Số: 286/BC-UBND, 'Hải Dương, ngày 18 tháng 10 năm 2024' (= published).",
    "Tiền công đức, tài trợ tại di tích 9 tháng năm 2024; flattened '|' table with 'Đơn vị tính: triệu đồng' (cells ×10^6 đồng).",
    "Table cells: subject = column + row label, period inherited from the title '9 tháng năm 2024', status actual (no Ước column), no total",
    "(the Cộng row is a figure of its own). 2 + 145 + 951 = 1.098 after 'gồm'. 'ước đạt' continues into the 'trong đó' clause.",
    "Section II targets inherit 'QUÝ IV/2024' from the heading. Not figures: Số 286/BC-UBND, Thông tư 04/2023, 'Bảng 1', section numbers,",
    "'ngày 30/6/2023'. 'Dự kiến cả năm 2024' → forecast.",
]

emit("p728-3", TEXT, COMMENTS, FIGS, published="2024-10-18", location="Hải Dương")
