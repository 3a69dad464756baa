"""p1044-3: formal report, UBND tỉnh Lâm Đồng — trật tự vỉa hè, bán hàng rong 9 tháng năm 2024, flattened | table."""
from lib import F, build, change, period, inherit, target

TEXT = """UBND TỈNH LÂM ĐỒNG
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lâm Đồng, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả lập lại trật tự vỉa hè, quản lý hoạt động bán hàng rong 9 tháng năm 2024

Thực hiện Chỉ thị số 12/CT-UBND ngày 05/3/2024 của Chủ tịch UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kiểm tra, xử lý vi phạm
Trong 9 tháng năm 2024, các địa phương đã kiểm tra 5.862 lượt, xử phạt 2.417 trường hợp với số tiền 3.652 triệu đồng, tăng 21,4% so với cùng kỳ năm 2023. Kết quả tại một số địa phương:
Đơn vị tính: lượt, trường hợp; số tiền: triệu đồng
Địa phương | Kiểm tra (lượt) | Xử phạt (trường hợp) | Số tiền phạt
TP Đà Lạt | 3.104 | 1.286 | 2.018
TP Bảo Lộc | 1.237 | 542 | 815
Huyện Đức Trọng | 896 | 371 | 509
Huyện Lâm Hà | 625 | 218 | 310
Tổng cộng | 5.862 | 2.417 | 3.652
2. Điểm kinh doanh tạm, tuyến phố kiểu mẫu
Toàn tỉnh đã bố trí 23 điểm kinh doanh tạm với 1.140 vị trí, đáp ứng khoảng 68% nhu cầu của người bán hàng rong; riêng chợ đêm Đà Lạt sắp xếp 312 gian hàng, mức thu 30.000 đồng/gian/đêm. Đã công nhận 11 tuyến phố kiểu mẫu về trật tự vỉa hè, đạt 73,3% chỉ tiêu năm (15 tuyến).

II. TỒN TẠI, HẠN CHẾ
Toàn tỉnh có khoảng 40% trường hợp vi phạm là tái phạm từ lần thứ 2 trở lên; bán hàng rong tại khu vực hồ Xuân Hương, chợ Đà Lạt còn tái diễn.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 công nhận thêm 4 tuyến phố kiểu mẫu; dự kiến bố trí thêm 3 điểm kinh doanh tạm với khoảng 200 vị trí tại TP Bảo Lộc.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, ĐC.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Bảy
"""

M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TI = inherit(M9)
END = period("đến ngày 31/12/2024", None, "2024-12-31")

ROWS = [
    ("Đà Lạt", "TP Đà Lạt | 3.104", "3.104 | 1.286", "1.286 | 2.018", ("3.104", 3104), ("1.286", 1286), ("2.018", 2018)),
    ("Bảo Lộc", "TP Bảo Lộc | 1.237", "1.237 | 542", "542 | 815", ("1.237", 1237), ("542", 542), ("815", 815)),
    ("Đức Trọng", "Đức Trọng | 896", "896 | 371", "371 | 509", ("896", 896), ("371", 371), ("509", 509)),
    ("Lâm Hà", "Lâm Hà | 625", "625 | 218", "218 | 310", ("625", 625), ("218", 218), ("310", 310)),
    (None, "Tổng cộng | 5.862", "5.862 | 2.417", "2.417 | 3.652", ("5.862", 5862), ("2.417", 2417), ("3.652", 3652)),
]

FIGS = [
    F("kiểm tra 5.862 lượt", "5.862", 5862, "count", "lượt", "lượt kiểm tra", M9),
    F("xử phạt 2.417 trường hợp", "2.417", 2417, "count", "trường hợp", "trường hợp bị xử phạt", M9),
    F("số tiền 3.652 triệu đồng", "3.652", 3652e6, "money", "đồng", "số tiền xử phạt", M9,
      change=change("increase", 21.4, baseline="cùng kỳ năm 2023")),
]
for place, a1, a2, a3, (n1, v1), (n2, v2), (n3, v3) in ROWS:
    loc = {"location": place} if place else {}
    pre = "Tổng cộng " if place is None else ""
    FIGS += [
        F(a1, n1, v1, "count", "lượt", pre + "kiểm tra (lượt)", TI, **loc),
        F(a2, n2, v2, "count", "trường hợp", pre + "xử phạt (trường hợp)", TI, **loc),
        F(a3, n3, v3 * 1e6, "money", "đồng", pre + "số tiền phạt", TI, **loc),
    ]
FIGS += [
    F("bố trí 23 điểm", "23", 23, "count", "điểm", "điểm kinh doanh tạm"),
    F("với 1.140 vị trí", "1.140", 1140, "count", "vị trí", "vị trí tại điểm kinh doanh tạm"),
    F("khoảng 68%", "68", 68, "percent", "%", "nhu cầu của người bán hàng rong được đáp ứng", approx="about"),
    F("sắp xếp 312 gian hàng", "312", 312, "count", "gian hàng", "gian hàng chợ đêm Đà Lạt", location="Đà Lạt"),
    F("30.000 đồng/gian/đêm", "30.000", 30000, "money", "đồng/gian/đêm", "mức thu tại chợ đêm Đà Lạt",
      location="Đà Lạt"),
    F("công nhận 11 tuyến phố", "11", 11, "count", "tuyến phố", "tuyến phố kiểu mẫu về trật tự vỉa hè được công nhận",
      percent=73.3, target=target(15, "tuyến")),
    F("khoảng 40%", "40", 40, "percent", "%", "trường hợp vi phạm là tái phạm", approx="about"),
    F("thêm 4 tuyến phố kiểu mẫu", "4", 4, "count", "tuyến phố kiểu mẫu", "tuyến phố kiểu mẫu công nhận thêm", END,
      status="target"),
    F("thêm 3 điểm", "3", 3, "count", "điểm", "điểm kinh doanh tạm bố trí thêm", END, status="forecast",
      location="Bảo Lộc"),
    F("khoảng 200 vị trí", "200", 200, "count", "vị trí", "vị trí tại điểm kinh doanh tạm bố trí thêm", END,
      approx="about", status="forecast", location="Bảo Lộc"),
]

NOTES = [
    "Formal report: UBND tỉnh Lâm Đồng, Số: 287/BC-UBND, 'Lâm Đồng, ngày 08 tháng 10 năm 2024' (the report's own date).",
    "Flattened | table: unit line 'Đơn vị tính: lượt, trường hợp; số tiền: triệu đồng' (money cells ×10^6 đồng); place column",
    "→ location; the Tổng cộng row is a figure of its own (province, no total on the cells); period inherited from the sentence above.",
    "'đạt 73,3% chỉ tiêu năm (15 tuyến)' → percent 73.3 and target 15. 'đáp ứng khoảng 68% nhu cầu' is not one of the share cues",
    "(đạt/chiếm/bằng/tương đương) and carries its own approx: a percent figure. Distractors: Số 287/BC-UBND, Chỉ thị số 12/CT-UBND",
    "ngày 05/3/2024, section numbers I.-III., 1.-2., 'lần thứ 2' (ordinal), 'QUÝ IV/2024', 'Nguyễn Văn Bảy'.",
    "The last sentence: 'Phấn đấu …' is target; the clause after ';' with 'dự kiến' is forecast; 'đến ngày 31/12/2024' covers both.",
    "revised after the first run: 5.862 lượt subject cut to 'lượt kiểm tra' (the topic words came from the report title, not the sentence).",
]

build(3, TEXT, NOTES, FIGS, published="2024-10-08", location="Lâm Đồng")
