from lib import *

TEXT = """UBND TỈNH BẮC GIANG
Số: 512/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả thực hiện cơ chế hỗ trợ xi măng làm đường giao thông nông thôn 9 tháng năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Khối lượng hoàn thành
Thực hiện Nghị quyết số 07/2021/NQ-HĐND, 9 tháng năm 2023 toàn tỉnh đã cứng hóa 312,5 km đường giao thông nông thôn, đạt 78,1% kế hoạch năm (kế hoạch 400 km), tăng 9,6% so với cùng kỳ năm 2022. Ngân sách tỉnh đã cấp 34.380 tấn xi măng, tương đương 51,6 tỷ đồng.

Kết quả tại một số địa phương:
Địa phương | Chiều dài (km) | Xi măng (tấn) | Nhân dân đóng góp (triệu đồng)
Lục Ngạn | 68,2 | 7.480 | 15.640
Sơn Động | 41,5 | 4.570 | 6.215
Yên Thế | 52,0 | 5.730 | 10.980
Lạng Giang | 47,3 | 5.210 | 12.305

2. Huy động nguồn lực
Tổng kinh phí thực hiện 239,6 tỷ đồng, trong đó nhân dân đóng góp 98,7 tỷ đồng (chiếm 41,2%), ngân sách các cấp 140,9 tỷ đồng. Nhân dân hiến 46.300 m² đất, góp trên 85.000 ngày công.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu hoàn thành 87,5 km còn lại; dự kiến cấp bổ sung 9.600 tấn xi măng, ưu tiên các xã đặc biệt khó khăn của huyện Sơn Động và tuyến nối ĐT.293.

Nơi nhận:
- Thường trực Tỉnh ủy;
- Sở Giao thông vận tải;
- Lưu: VT, KTN.
"""

N9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q4 = P("QUÝ IV/2023", "2023-10-01", "2023-12-31")
SUBJ_L = "chiều dài đường cứng hóa"
SUBJ_X = "xi măng"
SUBJ_D = "nhân dân đóng góp"
rows = [("Lục Ngạn", "68,2", 68.2, "7.480", 7480, "15.640", 15640),
        ("Sơn Động", "41,5", 41.5, "4.570", 4570, "6.215", 6215),
        ("Yên Thế", "52,0", 52.0, "5.730", 5730, "10.980", 10980),
        ("Lạng Giang", "47,3", 47.3, "5.210", 5210, "12.305", 12305)]
FIGS = [
    F("cứng hóa 312,5 km", "312,5", 312.5, "measure", "km", "đường giao thông nông thôn cứng hóa", N9,
      percent=78.1, change=CH("increase", 9.6, "%", "cùng kỳ năm 2022"), target={"value": 400, "unit": "km", "met": False}),
    F("cấp 34.380 tấn", "34.380", 34380, "measure", "tấn", "xi măng ngân sách tỉnh cấp", I(N9)),
    F("tương đương 51,6 tỷ đồng", "51,6", 51.6e9, "money", "đồng", "giá trị xi măng ngân sách tỉnh cấp", I(N9)),
]
for loc, a, av, b, bv, c, cv in rows:
    FIGS += [
        F(f"{loc} | {a}", a, av, "measure", "km", "Chiều dài", I(N9), location=loc),
        F(f"{a} | {b}", b, bv, "measure", "tấn", "Xi măng", I(N9), location=loc),
        F(f"{b} | {c}", c, cv * 1e6, "money", "đồng", "Nhân dân đóng góp", I(N9), location=loc),
    ]
FIGS += [
    F("hiện 239,6 tỷ đồng", "239,6", 239.6e9, "money", "đồng", "tổng kinh phí thực hiện", I(N9)),
    F("góp 98,7 tỷ đồng", "98,7", 98.7e9, "money", "đồng", "kinh phí nhân dân đóng góp", I(N9), total=239.6e9, percent=41.2),
    F("cấp 140,9 tỷ đồng", "140,9", 140.9e9, "money", "đồng", "ngân sách các cấp", I(N9), total=239.6e9),
    F("hiến 46.300 m²", "46.300", 46300, "measure", "m²", "đất nhân dân hiến", I(N9)),
    F("trên 85.000 ngày công", "85.000", 85000, "count", "ngày công", "ngày công nhân dân đóng góp", I(N9), approx="over"),
    F("thành 87,5 km", "87,5", 87.5, "measure", "km", "đường giao thông nông thôn còn lại phải hoàn thành", I(Q4), status="target"),
    F("sung 9.600 tấn", "9.600", 9600, "measure", "tấn", "xi măng cấp bổ sung", I(Q4), status="forecast"),
]

emit("p576-3", TEXT, [
    "Báo cáo UBND tỉnh Bắc Giang Số: 512/BC-UBND: hỗ trợ xi măng làm đường GTNT 9 tháng năm 2023, flattened | table by district.",
    "Distractors: Số 512/BC-UBND, Nghị quyết số 07/2021/NQ-HĐND, section numbers I./1./2./II., ĐT.293, date line.",
    "'(kế hoạch 400 km)' after 'đạt 78,1% kế hoạch năm' is the target of 312,5 km (not met). Table: column-header units, money column",
    "in triệu đồng; periods inherited from the lead; district rows -> location. 'tương đương 51,6 tỷ đồng' is an equivalent amount: own figure.",
], FIGS, published="2023-10-06", location="Bắc Giang")
