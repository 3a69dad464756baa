"""p776-1: Lào Cai province portal — hail and whirlwind of 31/3/2024 in four highland districts."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Phòng, chống thiên tai

Lào Cai: Mưa đá gây thiệt hại hơn 320 ha cây trồng tại 4 huyện vùng cao

Cập nhật: 02/04/2024 16:20
Lượt xem: 3.184

Theo báo cáo nhanh của Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Lào Cai, chiều tối ngày 31/3/2024, trên địa bàn tỉnh đã xảy ra mưa đá kèm lốc xoáy, hạt mưa đá có đường kính từ 2 đến 4 cm. Đợt thiên tai đã làm 1.126 ngôi nhà bị hư hỏng, tốc mái, trong đó có 37 nhà bị thiệt hại trên 70%.

Về sản xuất nông nghiệp, tổng diện tích cây trồng bị ảnh hưởng là 324,6 ha, tập trung tại các huyện Bát Xát (142,3 ha), Si Ma Cai (96,8 ha), Mường Khương (51,2 ha) và Bắc Hà (34,3 ha). Trong số đó, 118,5 ha ngô mới gieo và 62 ha lúa xuân bị dập nát, mất trắng; diện tích mận, lê đang đậu quả bị rụng từ 40 đến 60% số quả.

Về chăn nuôi, mưa đá làm chết 26 con gia súc và gần 1.500 con gia cầm; 14 chuồng trại bị sập hoàn toàn.

Ước tính tổng giá trị thiệt hại khoảng 18,7 tỷ đồng. Mức thiệt hại này gấp 2,4 lần đợt mưa đá ngày 12/3 vừa qua. Huyện Bát Xát chịu thiệt hại nặng nhất với khoảng 8,2 tỷ đồng, chiếm 43,9% tổng thiệt hại.

UBND tỉnh đã trích 2,5 tỷ đồng từ nguồn dự phòng ngân sách tỉnh để hỗ trợ khẩn cấp; mức hỗ trợ giống ngô, lúa gieo lại là 2 triệu đồng/ha theo Nghị định số 02/2017/NĐ-CP. Người dân cần hỗ trợ liên hệ đường dây nóng 0214.3840.115 hoặc trụ sở Ban Chỉ huy tại số 286 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai.
"""

D = P("ngày 31/3/2024", "2024-03-31", "2024-03-31")
Di = I(D)
FIG = [
    F("thiệt hại hơn 320 ha", "320", 320, "measure", "ha", "diện tích cây trồng bị thiệt hại do mưa đá", Di, approx="over"),
    F("tại 4 huyện vùng cao", "4", 4, "count", "huyện", "huyện vùng cao bị thiệt hại do mưa đá", Di),
    F("từ 2 đến 4 cm", "2", 2, "measure", "cm", "đường kính hạt mưa đá", D, value_max=4),
    F("làm 1.126 ngôi nhà", "1.126", 1126, "count", "ngôi nhà", "nhà bị hư hỏng, tốc mái", Di),
    F("có 37 nhà", "37", 37, "count", "nhà", "nhà bị thiệt hại trên 70%", Di, total=1126),
    F("thiệt hại trên 70%", "70", 70, "percent", "%", "mức thiệt hại của nhà", Di, approx="over", optional=True),
    F("là 324,6 ha", "324,6", 324.6, "measure", "ha", "tổng diện tích cây trồng bị ảnh hưởng", Di),
    F("Bát Xát (142,3 ha)", "142,3", 142.3, "measure", "ha", "diện tích cây trồng bị ảnh hưởng", Di, total=324.6, location="Bát Xát"),
    F("Si Ma Cai (96,8 ha)", "96,8", 96.8, "measure", "ha", "diện tích cây trồng bị ảnh hưởng", Di, total=324.6, location="Si Ma Cai"),
    F("Mường Khương (51,2 ha)", "51,2", 51.2, "measure", "ha", "diện tích cây trồng bị ảnh hưởng", Di, total=324.6, location="Mường Khương"),
    F("Bắc Hà (34,3 ha)", "34,3", 34.3, "measure", "ha", "diện tích cây trồng bị ảnh hưởng", Di, total=324.6, location="Bắc Hà"),
    F("118,5 ha ngô", "118,5", 118.5, "measure", "ha", "diện tích ngô mới gieo bị dập nát, mất trắng", Di, total=324.6),
    F("và 62 ha lúa xuân", "62", 62, "measure", "ha", "diện tích lúa xuân bị dập nát, mất trắng", Di, total=324.6),
    F("từ 40 đến 60% số quả", "40", 40, "percent", "%", "tỷ lệ quả mận, lê đang đậu quả bị rụng", Di, value_max=60),
    F("chết 26 con gia súc", "26", 26, "count", "con gia súc", "gia súc bị chết do mưa đá", Di),
    F("gần 1.500 con gia cầm", "1.500", 1500, "count", "con gia cầm", "gia cầm bị chết do mưa đá", Di, approx="nearly"),
    F("14 chuồng trại", "14", 14, "count", "chuồng trại", "chuồng trại bị sập hoàn toàn", Di),
    F("khoảng 18,7 tỷ đồng", "18,7", 18.7e9, "money", "đồng", "tổng giá trị thiệt hại", Di, approx="about", status="estimate"),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "mức thiệt hại so với đợt mưa đá ngày 12/3", Di),
    F("khoảng 8,2 tỷ đồng", "8,2", 8.2e9, "money", "đồng", "giá trị thiệt hại", Di, approx="about", percent=43.9, location="Bát Xát"),
    F("trích 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí dự phòng ngân sách tỉnh hỗ trợ khẩn cấp"),
    F("là 2 triệu đồng/ha", "2", 2e6, "money", "đồng/ha", "mức hỗ trợ giống ngô, lúa gieo lại"),
]

emit("p776-1", TEXT, [
    "Cổng TTĐT tỉnh Lào Cai: mưa đá kèm lốc ngày 31/3/2024 tại Bát Xát, Si Ma Cai, Mường Khương, Bắc Hà (invented).",
    "District list in brackets adds up to 324,6 ha and follows it directly: parts get total 324.6; 'Trong số đó' after the list",
    "refers back to the whole (not to the sibling Bắc Hà). 'trên 70%' (a damage threshold for houses) is optional.",
    "'Mức thiệt hại này gấp 2,4 lần …' stands alone as its own sentence: a multiple figure. 'Lượt xem', decree no., phone,",
    "address 'số 286', date '12/3' are distractors.",
], FIG, published="2024-04-02", location="Lào Cai")
