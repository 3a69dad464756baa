from lib import build, F, P, C, T

TEXT = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 218/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện nhiệm vụ chống khai thác IUU 6 tháng đầu năm 2024
(theo Công văn số 4312/BNN-TS ngày 18/6/2024 của Bộ Nông nghiệp và PTNT)

I. QUẢN LÝ ĐỘI TÀU CÁ
Tính đến ngày 30/6/2024, toàn tỉnh có 9.416 tàu cá đăng ký, giảm 135 chiếc so với cuối năm 2023. Số tàu theo nhóm chiều dài như sau:

Bảng 1. Tàu cá theo nhóm chiều dài
Đơn vị tính: chiếc
Nhóm chiều dài | Đăng ký | Cấp phép khai thác | Lắp thiết bị VMS | Tỷ lệ lắp VMS (%)
Từ 6 m đến dưới 12 m | 4.102 | 3.865 | - | -
Từ 12 m đến dưới 15 m | 1.287 | 1.214 | - | -
Từ 15 m đến dưới 24 m | 2.640 | 2.602 | 2.598 | 98,41
Từ 24 m trở lên | 1.387 | 1.379 | 1.387 | 100
Tổng cộng | 9.416 | 9.060 | 3.985 | 98,96

II. KẾT QUẢ GIÁM SÁT, KIỂM SOÁT
Trong 6 tháng đầu năm, các cảng cá trên địa bàn đã kiểm soát 21.540 lượt tàu cập, rời cảng; giám sát sản lượng thủy sản bốc dỡ qua cảng đạt 186.300 tấn, chiếm 48,7% tổng sản lượng khai thác.
Lực lượng chức năng phát hiện, xử lý 112 vụ vi phạm, xử phạt vi phạm hành chính 4,36 tỷ đồng, tăng 27,1% so với cùng kỳ năm 2023; trong đó 19 vụ không duy trì kết nối VMS với số tiền 2,95 tỷ đồng (theo Nghị định số 42/2019/NĐ-CP).

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu 100% tàu cá từ 15 m trở lên duy trì kết nối VMS khi hoạt động trên biển; không để tàu cá vi phạm vùng biển nước ngoài; hoàn thành cập nhật 9.416 hồ sơ tàu cá vào Cơ sở dữ liệu VNFishbase.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Ban Chỉ đạo IUU tỉnh;
- Lưu: VT, P.KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Quốc Anh
"""

ASi = P("Tính đến ngày 30/6/2024", None, "2024-06-30", inherited=True)
AS = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
H2i = P("6 THÁNG CUỐI NĂM", "2024-07-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, col, row, pct=False):
    if pct:
        return F(anchor, number, value, "percent", "%", f"Tỷ lệ lắp VMS nhóm {row}", period=ASi)
    return F(anchor, number, value, "count", "chiếc", f"tàu cá {col} nhóm {row}", period=ASi)


R1, R2, R3, R4, RT = ("từ 6 m đến dưới 12 m", "từ 12 m đến dưới 15 m", "từ 15 m đến dưới 24 m",
                      "từ 24 m trở lên", "tổng cộng")
FIGS = [
    F("có 9.416 tàu cá", "9.416", 9416, "count", "tàu cá", "tàu cá đăng ký",
      change=C("decrease", 135, "chiếc", "cuối năm 2023"), period=AS),
    # row-label bounds (optional)
    F("Từ 6 m đến", "6", 6, "measure", "m", "chiều dài tàu", value_max=12, optional=True),
    F("Từ 12 m đến", "12", 12, "measure", "m", "chiều dài tàu", value_max=15, optional=True),
    F("Từ 15 m đến", "15", 15, "measure", "m", "chiều dài tàu", value_max=24, optional=True),
    F("Từ 24 m trở lên", "24", 24, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    cell("| 4.102 |", "4.102", 4102, "đăng ký", R1),
    cell("| 3.865 |", "3.865", 3865, "cấp phép khai thác", R1),
    cell("| 1.287 |", "1.287", 1287, "đăng ký", R2),
    cell("| 1.214 |", "1.214", 1214, "cấp phép khai thác", R2),
    cell("| 2.640 |", "2.640", 2640, "đăng ký", R3),
    cell("| 2.602 |", "2.602", 2602, "cấp phép khai thác", R3),
    cell("| 2.598 |", "2.598", 2598, "lắp thiết bị VMS", R3),
    cell("| 98,41\n", "98,41", 98.41, None, R3, pct=True),
    cell("| 1.387 | 1.379", "1.387", 1387, "đăng ký", R4),
    cell("| 1.379 |", "1.379", 1379, "cấp phép khai thác", R4),
    cell("1.379 | 1.387 |", "1.387", 1387, "lắp thiết bị VMS", R4),
    cell("| 100\n", "100", 100, None, R4, pct=True),
    cell("| 9.416 |", "9.416", 9416, "đăng ký", RT),
    cell("| 9.060 |", "9.060", 9060, "cấp phép khai thác", RT),
    cell("| 3.985 |", "3.985", 3985, "lắp thiết bị VMS", RT),
    cell("| 98,96\n", "98,96", 98.96, None, RT, pct=True),
    F("kiểm soát 21.540 lượt tàu", "21.540", 21540, "count", "lượt tàu", "lượt tàu cập, rời cảng được kiểm soát",
      period=H1),
    F("đạt 186.300 tấn", "186.300", 186300, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng được giám sát",
      percent=48.7, period=H1),
    F("xử lý 112 vụ", "112", 112, "count", "vụ", "vụ vi phạm được phát hiện, xử lý", period=H1i),
    F("hành chính 4,36 tỷ đồng", "4,36", 4360000000, "money", "đồng", "xử phạt vi phạm hành chính",
      change=C("increase", 27.1, "%", "cùng kỳ năm 2023"), period=H1i),
    F("trong đó 19 vụ", "19", 19, "count", "vụ", "vụ không duy trì kết nối VMS", total=112, period=H1i),
    F("số tiền 2,95 tỷ đồng", "2,95", 2950000000, "money", "đồng", "tiền phạt vụ không duy trì kết nối VMS",
      total=4360000000, period=H1i),
    F("Phấn đấu 100%", "100", 100, "percent", "%", "tàu cá từ 15 m trở lên duy trì kết nối VMS khi hoạt động trên biển",
      status="target", period=H2i),
    F("cá từ 15 m trở lên duy trì", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("cập nhật 9.416 hồ sơ", "9.416", 9416, "count", "hồ sơ tàu cá", "hồ sơ tàu cá cập nhật vào Cơ sở dữ liệu VNFishbase",
      status="target", period=H2i),
]

COMMENTS = [
    "Formal report with letterhead (UBND tỉnh Kiên Giang, 'Số: 218/BC-UBND'); the place-and-date line 'Kiên Giang, ngày 05 tháng 7 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: chiếc' and a '(%)' column; every numeric cell is a figure, '-' cells are none; subject = column + row label;",
    "period: the as-of date 'Tính đến ngày 30/6/2024' stated above the table (inherited). No totals for table cells (as in probe 205).",
    "Row-label length bounds ('Từ 6 m đến dưới 12 m' …) are category labels: optional. 'giảm 135 chiếc so với cuối năm 2023' is the change of 9.416 tàu.",
    "'trong đó 19 vụ … với số tiền 2,95 tỷ đồng' follows '112 vụ … 4,36 tỷ đồng': the count's whole is 112 vụ, the money's whole is 4,36 tỷ.",
    "Distractors: document numbers 'Số: 218/BC-UBND', 'Công văn số 4312/BNN-TS ngày 18/6/2024', 'Nghị định số 42/2019/NĐ-CP'; section numbers; 'Bảng 1'; 'Lưu: VT'.",
    "Section III heading '6 THÁNG CUỐI NĂM' gives the targets their period (inherited); 'Phấn đấu' makes them status target.",
]

build("p451-2", TEXT, FIGS, COMMENTS, "Kiên Giang", "2024-07-05")
