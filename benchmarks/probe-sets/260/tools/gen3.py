from lib import F, P, ch, emit

TEXT = """UBND TỈNH ĐỒNG THÁP
SỞ GIAO THÔNG VẬN TẢI
Số: 1257/BC-SGTVT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác quản lý phương tiện thủy nội địa 9 tháng năm 2024

I. CÔNG TÁC ĐĂNG KÝ, ĐĂNG KIỂM
Thực hiện Kế hoạch số 86/KH-UBND ngày 15/3/2024 của UBND tỉnh, 9 tháng năm 2024, Sở đã thực hiện như sau:

Bảng 1. Kết quả đăng ký, kiểm định phương tiện
Đơn vị tính: phương tiện
Nội dung | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ so với kế hoạch (%)
Đăng ký lần đầu | 1.800 | 1.512 | 84,0
Đăng ký lại, chuyển quyền sở hữu | 650 | 593 | 91,2
Kiểm định an toàn kỹ thuật | 4.200 | 3.968 | 94,5
Xóa đăng ký | 120 | 87 | 72,5

Tính đến ngày 30/9/2024, toàn tỉnh có 18.736 phương tiện thủy nội địa đã đăng ký, tăng 4,1% so với cuối năm 2023; trong đó phương tiện chở khách 2.145 chiếc, phương tiện chở hàng 14.870 chiếc, phương tiện khác 1.721 chiếc. Số phương tiện chưa đăng ký ước khoảng 3.000 chiếc, chủ yếu là phương tiện nhỏ có trọng tải toàn phần dưới 1 tấn.

II. CÔNG TÁC BẢO ĐẢM AN TOÀN
Thanh tra Sở phối hợp Phòng Cảnh sát đường thủy kiểm tra 1.264 lượt phương tiện, xử phạt 205 trường hợp với số tiền 412,5 triệu đồng; tạm giữ 14 phương tiện. 9 tháng, trên địa bàn xảy ra 3 vụ tai nạn, giảm 2 vụ so với cùng kỳ, không có thiệt hại về người.

III. PHƯƠNG HƯỚNG QUÝ IV/2024
Quý IV/2024, phấn đấu kiểm định thêm 450 phương tiện; tổ chức 6 đợt tuyên truyền tại các xã ven sông Tiền; dự kiến cấp 1.500 áo phao cho học sinh vùng sông nước.

Nơi nhận:
- UBND tỉnh (b/c);
- Cục Đường thủy nội địa Việt Nam;
- Lưu: VT, QLVT.
GIÁM ĐỐC
Lê Văn Thành
"""

KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
TLI = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASOFI = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
T9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T9 = P("9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

ROWS = [
    ("Đăng ký lần đầu", "1.800", 1800, "1.512", 1512, "84,0", 84.0, "phương tiện đăng ký lần đầu"),
    ("Đăng ký lại, chuyển quyền sở hữu", "650", 650, "593", 593, "91,2", 91.2,
     "phương tiện đăng ký lại, chuyển quyền sở hữu"),
    ("Kiểm định an toàn kỹ thuật", "4.200", 4200, "3.968", 3968, "94,5", 94.5,
     "phương tiện kiểm định an toàn kỹ thuật"),
    ("Xóa đăng ký", "120", 120, "87", 87, "72,5", 72.5, "phương tiện xóa đăng ký"),
]

FIGS = []
for label, kn, kv, tn, tv, rn, rv, subj in ROWS:
    FIGS.append(F(f"{label} | {kn} |", kn, kv, "count", "phương tiện", f"{subj} kế hoạch năm 2024", KH,
                  status="target"))
    FIGS.append(F(f"| {kn} | {tn} |", tn, tv, "count", "phương tiện", f"{subj} thực hiện 9 tháng", TH))
    FIGS.append(F(f"| {tn} | {rn}\n", rn, rv, "percent", "%", f"tỷ lệ so với kế hoạch {label.lower()}", TLI))

FIGS += [
    F("có 18.736 phương tiện", "18.736", 18736, "count", "phương tiện",
      "phương tiện thủy nội địa đã đăng ký", ASOF,
      change=ch("increase", 4.1, baseline="cuối năm 2023")),
    F("chở khách 2.145 chiếc", "2.145", 2145, "count", "chiếc", "phương tiện chở khách", ASOF, total=18736),
    F("chở hàng 14.870 chiếc", "14.870", 14870, "count", "chiếc", "phương tiện chở hàng", ASOF, total=18736),
    F("khác 1.721 chiếc", "1.721", 1721, "count", "chiếc", "phương tiện khác", ASOF, total=18736),
    F("ước khoảng 3.000 chiếc", "3.000", 3000, "count", "chiếc", "phương tiện chưa đăng ký", ASOFI,
      approx="about", status="estimate"),
    F("dưới 1 tấn", "1", 1, "measure", "tấn", "trọng tải toàn phần phương tiện nhỏ", ASOFI,
      approx="under", optional=True),
    F("kiểm tra 1.264 lượt", "1.264", 1264, "count", "lượt phương tiện", "lượt phương tiện kiểm tra", T9I),
    F("xử phạt 205 trường hợp", "205", 205, "count", "trường hợp", "trường hợp xử phạt", T9I),
    F("số tiền 412,5 triệu đồng", "412,5", 412500000, "money", "đồng", "số tiền xử phạt", T9I),
    F("tạm giữ 14 phương tiện", "14", 14, "count", "phương tiện", "phương tiện tạm giữ", T9I),
    F("xảy ra 3 vụ", "3", 3, "count", "vụ", "tai nạn", T9,
      change=ch("decrease", 2, unit="vụ", baseline="cùng kỳ")),
    F("thêm 450 phương tiện", "450", 450, "count", "phương tiện", "phương tiện kiểm định thêm", Q4,
      status="target"),
    F("tổ chức 6 đợt", "6", 6, "count", "đợt", "đợt tuyên truyền tại các xã ven sông Tiền", Q4,
      status="target"),
    F("cấp 1.500 áo phao", "1.500", 1500, "count", "áo phao", "áo phao cấp cho học sinh vùng sông nước", Q4,
      status="forecast"),
]

COMMENTS = [
    "Formal report with letterhead: Sở GTVT Đồng Tháp, 'Số: 1257/BC-SGTVT', place-and-date line 'Đồng Tháp, ngày 04 tháng 10 năm 2024' is its date.",
    "Flattened '|' table with 'Đơn vị tính: phương tiện' and a '(%)' column. Plan cells: status target, period from the header 'Kế hoạch năm 2024';",
    "result cells: period 'Thực hiện 9 tháng' (year from the title's '9 tháng năm 2024'); ratio cells are percents, period inherited from the text above.",
    "Subject = row label + column label. No totals for table cells. Row cells are checked: 1512/1800 = 84,0%, 593/650 = 91,2%, 3968/4200 = 94,5%, 87/120 = 72,5%.",
    "Distractors: document number, 'Kế hoạch số 86/KH-UBND ngày 15/3/2024', section numbers I./II./III., 'Bảng 1', 'Lưu: VT, QLVT', the signer's name.",
    "'trong đó' 2.145 + 14.870 + 1.721 = 18.736 (same vessels, as-of 30/9/2024): total 18736. 'ước khoảng 3.000' is approx about + estimate.",
    "'dưới 1 tấn' is a size threshold (optional). Section II figures inherit the 9 months; '9 tháng, … 3 vụ' states it (year-less, 2024).",
    "Section III: 'phấn đấu' governs 450 and the continuing clause '6 đợt' (target); 'dự kiến' makes 1.500 áo phao a forecast; period Quý IV/2024.",
]

emit("p260-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Đồng Tháp")
