from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Hai, 22/04/2024 - 16:20

Bế mạc Giải bóng đá thanh niên các xã, thị trấn năm 2024: 218 bàn thắng sau 62 trận

Chiều 21/4, tại Sân vận động trung tâm huyện (khối 3, thị trấn Yên Thành), Ban Tổ chức đã tổ chức lễ bế mạc và trao giải Giải bóng đá thanh niên các xã, thị trấn huyện Yên Thành năm 2024.

Giải khởi tranh từ ngày 28/3/2024 với 32 đội bóng của 32/39 xã, thị trấn, tổng số 704 cầu thủ. Trong gần 4 tuần, Ban Tổ chức đã điều hành 62 trận đấu, các đội ghi được 218 bàn thắng, bình quân 3,5 bàn/trận. Giải thu hút khoảng 25.000 lượt khán giả, trong đó riêng trận chung kết có hơn 6.000 lượt.

Kết quả chung cuộc, đội xã Hoa Thành giành chức vô địch sau khi thắng đội xã Công Thành với tỷ số 2-1; giải Ba đồng hạng thuộc về xã Bảo Thành và thị trấn Yên Thành. Cầu thủ Nguyễn Văn Hùng (số áo 10, xã Hoa Thành) đoạt danh hiệu Vua phá lưới với 9 bàn thắng.

Ban Tổ chức đã trao cúp, cờ và tổng số tiền thưởng 45 triệu đồng cho các tập thể, cá nhân đoạt giải, trong đó đội vô địch nhận 15 triệu đồng. Tổng kinh phí tổ chức giải khoảng 320 triệu đồng, trong đó ngân sách huyện hỗ trợ 80 triệu đồng, còn lại do các doanh nghiệp, nhà hảo tâm tài trợ.

Phát biểu bế mạc, Phó Chủ tịch UBND huyện đề nghị các xã tiếp tục duy trì phong trào; dự kiến năm 2025, số đội tham gia giải sẽ nâng lên 39 đội và huyện tổ chức thêm giải bóng đá nữ.
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
G = "Giải bóng đá thanh niên các xã, thị trấn"

FIGS = [
    F("218 bàn thắng sau", "218", 218, "count", "bàn thắng", f"bàn thắng {G}", Y24),
    F("sau 62 trận", "62", 62, "count", "trận", f"trận đấu {G}", Y24),
    F("với 32 đội bóng", "32", 32, "count", "đội bóng", f"đội bóng tham gia {G}", I(Y24)),
    F("32/39 xã", "32", 32, "count", "xã, thị trấn", "xã, thị trấn có đội tham gia giải", I(Y24), total=39),
    F("704 cầu thủ", "704", 704, "count", "cầu thủ", f"cầu thủ tham gia {G}", I(Y24)),
    F("điều hành 62 trận", "62", 62, "count", "trận đấu", "trận đấu Ban Tổ chức điều hành", I(Y24)),
    F("ghi được 218 bàn", "218", 218, "count", "bàn thắng", "bàn thắng các đội ghi được", I(Y24)),
    F("3,5 bàn/trận", "3,5", 3.5, "measure", "bàn/trận", "bàn thắng bình quân mỗi trận", I(Y24)),
    F("khoảng 25.000 lượt", "25.000", 25000, "count", "lượt khán giả", "lượt khán giả giải thu hút", I(Y24), approx="about"),
    F("hơn 6.000 lượt", "6.000", 6000, "count", "lượt", "lượt khán giả trận chung kết", I(Y24), approx="over", total=25000),
    F("tỷ số 2-1", "2", 2, "count", "bàn thắng", "tỷ số trận chung kết", optional=True),
    F("với 9 bàn thắng", "9", 9, "count", "bàn thắng", "bàn thắng của Vua phá lưới Nguyễn Văn Hùng", I(Y24)),
    F("thưởng 45 triệu đồng", "45", 45e6, "money", "đồng", "tổng số tiền thưởng cho các tập thể, cá nhân đoạt giải", I(Y24)),
    F("nhận 15 triệu đồng", "15", 15e6, "money", "đồng", "tiền thưởng đội vô địch", I(Y24), total=45e6),
    F("khoảng 320 triệu đồng", "320", 320e6, "money", "đồng", "tổng kinh phí tổ chức giải", I(Y24), approx="about"),
    F("hỗ trợ 80 triệu đồng", "80", 80e6, "money", "đồng", "ngân sách huyện hỗ trợ tổ chức giải", I(Y24), total=320e6),
    F("lên 39 đội", "39", 39, "count", "đội", "số đội tham gia giải", Y25, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): bế mạc Giải bóng đá thanh niên các xã, thị trấn năm 2024.",
    "Headline period 'năm 2024' (from the tournament name in the same sentence); body figures inherit it.",
    "Commune teams (xã Hoa Thành …) are inside the district: location stays Yên Thành. 'tỷ số 2-1' is a match score: optional.",
    "Distractors: 'khối 3', 'số áo 10', 'giải Ba' (prize name), 'Trong gần 4 tuần' (duration), dates, dateline.",
]

if __name__ == "__main__":
    emit("p755-2", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Yên Thành")
