from lib import F, P, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN HÀM THUẬN NAM
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hàm Thuận Nam, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả xây dựng, quản lý mã số vùng trồng thanh long năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cấp và duy trì mã số vùng trồng
Năm 2024, toàn huyện có 96 mã số vùng trồng thanh long đang hoạt động, diện tích 3.418,5 ha, đạt 92,3% kế hoạch; trong đó 61 mã xuất khẩu sang Trung Quốc, 35 mã phục vụ các thị trường khác. Kết quả theo từng xã như sau:

Bảng 1. Mã số vùng trồng thanh long theo xã
Xã
Số mã năm 2023 (mã)
Số mã năm 2024 (mã)
Diện tích năm 2024 (ha)
Hàm Minh
18
21
812,4
Hàm Cường
15
17
604,0
Hàm Mỹ
14
16
571,3
Tân Lập
12
13
455,8
Các xã còn lại
24
29
975,0
Cộng
83
96
3.418,5

2. Cơ sở đóng gói, truy xuất nguồn gốc
Trên địa bàn huyện có 22 cơ sở đóng gói thanh long được cấp mã số, tổng công suất khoảng 650 tấn/ngày. Năm 2024, các cơ sở đã đóng gói, xuất khẩu 2.874 lô hàng (khoảng 51.700 tấn); có 5 lô bị phía nhập khẩu cảnh báo, 1 lô bị trả về do phát hiện ruồi đục quả.
3. Kiểm tra, thu hồi mã số
UBND huyện đã phối hợp kiểm tra 96/96 mã số vùng trồng; đề nghị thu hồi 7 mã do diện tích giảm dưới mức tối thiểu, tăng 3 mã so với năm 2023.

II. NHIỆM VỤ NĂM 2025
Phấn đấu cấp mới 10-12 mã số vùng trồng, nâng diện tích có mã số lên trên 3.800 ha; 100% cơ sở đóng gói ứng dụng truy xuất nguồn gốc điện tử.

Nơi nhận:
- UBND tỉnh Bình Thuận (b/c);
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lộc
"""

Y = P("Năm 2024", "2024-01-01", "2024-12-31")
Y_I = P("Năm 2024", "2024-01-01", "2024-12-31", inh=True)
Y23_I = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
T25_I = P("NĂM 2025", "2025-01-01", "2025-12-31", inh=True)

FIGS = [
    F("có 96 mã", "96", 96, "count", "mã số vùng trồng", "mã số vùng trồng thanh long đang hoạt động", period=Y),
    F("diện tích 3.418,5 ha", "3.418,5", 3418.5, "measure", "ha", "diện tích mã số vùng trồng thanh long",
      percent=92.3, period=Y),
    F("61 mã", "61", 61, "count", "mã", "mã xuất khẩu sang Trung Quốc", total=96, period=Y),
    F("35 mã", "35", 35, "count", "mã", "mã phục vụ các thị trường khác", total=96, period=Y),
]
ROWS = [("Hàm Minh", "18", "21", "812,4"), ("Hàm Cường", "15", "17", "604,0"), ("Hàm Mỹ", "14", "16", "571,3"),
        ("Tân Lập", "12", "13", "455,8"), ("Các xã còn lại", "24", "29", "975,0"), ("Cộng", "83", "96", "3.418,5")]
for label, a, b, c in ROWS:
    # a commune is not a location level (FIGURES.md: province, city or district): the district stays the
    # location and the commune row label goes into the subject
    place = "Hàm Thuận Nam"
    suffix = " " + ("xã " + label if label not in ("Các xã còn lại", "Cộng") else label.lower())
    FIGS.append(F(f"{label}\n{a}\n", a, int(a), "count", "mã", f"Số mã năm 2023{suffix}",
                  period=Y23_I, location=place))
    FIGS.append(F(f"{a}\n{b}\n{c}", b, int(b), "count", "mã", f"Số mã năm 2024{suffix}", period=Y_I, location=place))
    FIGS.append(F(f"{b}\n{c}\n", c, float(c.replace(".", "").replace(",", ".")), "measure", "ha",
                  f"Diện tích năm 2024{suffix}", period=Y_I, location=place))
FIGS += [
    F("có 22 cơ sở", "22", 22, "count", "cơ sở đóng gói", "cơ sở đóng gói thanh long được cấp mã số"),
    F("khoảng 650 tấn/ngày", "650", 650, "measure", "tấn/ngày", "tổng công suất cơ sở đóng gói", approx="about"),
    F("xuất khẩu 2.874 lô", "2.874", 2874, "count", "lô hàng", "lô hàng đóng gói, xuất khẩu", period=Y),
    F("(khoảng 51.700 tấn)", "51.700", 51700, "measure", "tấn", "khối lượng thanh long xuất khẩu", approx="about",
      period=Y),
    F("có 5 lô", "5", 5, "count", "lô", "lô bị phía nhập khẩu cảnh báo", period=Y),
    F(", 1 lô", "1", 1, "count", "lô", "lô bị trả về", period=Y),
    F("96/96 mã", "96", 96, "count", "mã số vùng trồng", "mã số vùng trồng được kiểm tra", total=96, period=Y_I),
    F("thu hồi 7 mã", "7", 7, "count", "mã", "mã đề nghị thu hồi",
      change={"direction": "increase", "value": 3, "unit": "mã", "baseline": "năm 2023"}, period=Y_I),
    F("mới 10-12 mã", "10", 10, "count", "mã số vùng trồng", "mã số vùng trồng cấp mới", value_max=12,
      status="target", period=T25_I),
    F("trên 3.800 ha", "3.800", 3800, "measure", "ha", "diện tích có mã số", approx="over", status="target",
      period=T25_I),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở đóng gói ứng dụng truy xuất nguồn gốc điện tử",
      status="target", period=T25_I),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Hàm Thuận Nam, Bình Thuận, 'Số: 412/BC-UBND'); 'Hàm Thuận Nam, ngày 20 tháng 12 năm 2024' is its date.",
    "Table written one cell per line (as h23): columns 'Số mã năm 2023 (mã)', 'Số mã năm 2024 (mã)', 'Diện tích năm 2024 (ha)'; rows are communes.",
    "Rows are communes: a commune is not a location level (province, city or district), so every cell keeps the district and the row label goes into the subject.",
    "revised: commune rows first had the commune as location; changed to the district by FIGURES.md's definition of location. Period from the column header (inherited, as p205-8).",
    "'96 mã …, diện tích 3.418,5 ha, đạt 92,3% kế hoạch': the share attaches to the nearest figure, the area. 61 and 35 after 'trong đó': total 96.",
    "'96/96 mã số vùng trồng' total 96. '(khoảng 51.700 tấn)' a figure of its own. '5 lô', '1 lô' after ';' with no part-of cue: no total.",
    "Section II heading 'NHIỆM VỤ NĂM 2025' gives the targets their period (inherited); 'Phấn đấu' makes them status target.",
    "Distractors: document number, section numbers I./II./1./2./3., 'Bảng 1', date line, 'Lưu: VT, NN', 'b/c', signer.",
]

if __name__ == "__main__":
    build(7, TEXT, COMMENTS, FIGS, published="2024-12-20", location="Hàm Thuận Nam")
