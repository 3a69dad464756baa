"""p1367-2: district portal (huyện Yên Thành, Nghệ An): closing of the district table-tennis club tournament 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ | Tin tức - Sự kiện | Văn hóa - Thể thao

Bế mạc Giải bóng bàn các câu lạc bộ huyện Yên Thành mở rộng lần thứ VI
23/06/2024 - 17:30

Sau hai ngày thi đấu sôi nổi tại Nhà thi đấu Trung tâm Văn hóa - Thể thao huyện (số 18 đường Lê Lợi, thị trấn Yên Thành), chiều 23/6, Giải bóng bàn các câu lạc bộ huyện Yên Thành mở rộng lần thứ VI năm 2024 đã bế mạc.

Giải thu hút 186 vận động viên đến từ 27 câu lạc bộ, tăng 34 vận động viên so với giải năm 2023; trong đó có 9 câu lạc bộ đến từ các huyện Diễn Châu, Đô Lương, Quỳnh Lưu. Các vận động viên tranh tài ở 12 nội dung, gồm 7 nội dung đơn và 5 nội dung đôi, với tổng cộng 318 trận đấu trên 16 bàn thi đấu.

Kết quả, Câu lạc bộ bóng bàn Công Thành giành giải Nhất toàn đoàn với 4 huy chương vàng; Câu lạc bộ Hoa Sen xếp thứ hai, Câu lạc bộ Thị trấn xếp thứ ba. Vận động viên nhỏ tuổi nhất mới 9 tuổi, lớn tuổi nhất 72 tuổi.

Tổng kinh phí tổ chức giải gần 85 triệu đồng, trong đó nguồn xã hội hóa khoảng 60 triệu đồng, chiếm hơn 70%. Ban tổ chức đã trao 48 bộ huy chương cùng tiền thưởng từ 300.000 đến 2 triệu đồng cho mỗi nội dung.

Hiện toàn huyện có 52 câu lạc bộ bóng bàn với khoảng 1.300 hội viên thường xuyên tập luyện. Năm nay, huyện phấn đấu nâng số câu lạc bộ bóng bàn lên 60 câu lạc bộ; dự kiến tổ chức giải lần thứ VII vào tháng 6/2025 với quy mô khoảng 200 vận động viên.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Yên Thành tổ chức Ngày chạy Olympic vì sức khỏe toàn dân năm 2024
- Hội thi thể thao người cao tuổi xã Bảo Thành
Địa chỉ: Khối 2, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. ĐT: 0238.3863.105
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
J25 = per("tháng 6/2025", "2025-06-01", "2025-06-30")

FIGS = [
    fig("Sau hai ngày", "hai", 2, "measure", "ngày", subject="thời gian thi đấu của giải", optional=True),
    fig("thu hút 186 vận động viên", "186", 186, "count", "vận động viên",
        change=chg("increase", 34, "vận động viên", "giải năm 2023"),
        subject="vận động viên tham gia giải", period=Y24),
    fig("từ 27 câu lạc bộ", "27", 27, "count", "câu lạc bộ", subject="câu lạc bộ tham gia giải", period=Y24),
    fig("có 9 câu lạc bộ", "9", 9, "count", "câu lạc bộ", total=27,
        subject="câu lạc bộ đến từ các huyện Diễn Châu, Đô Lương, Quỳnh Lưu", period=Y24),
    fig("ở 12 nội dung", "12", 12, "count", "nội dung", subject="nội dung thi đấu", period=Y24),
    fig("gồm 7 nội dung", "7", 7, "count", "nội dung", total=12, subject="nội dung đơn", period=Y24),
    fig("và 5 nội dung", "5", 5, "count", "nội dung", total=12, subject="nội dung đôi", period=Y24),
    fig("tổng cộng 318 trận", "318", 318, "count", "trận", subject="trận đấu", period=Y24),
    fig("trên 16 bàn", "16", 16, "count", "bàn", subject="bàn thi đấu", period=Y24),
    fig("với 4 huy chương", "4", 4, "count", "huy chương vàng",
        subject="huy chương vàng của Câu lạc bộ bóng bàn Công Thành", period=Y24),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="xếp hạng toàn đoàn của Câu lạc bộ Hoa Sen", period=Y24),
    fig("xếp thứ ba", "ba", 3, "rank", "hạng", subject="xếp hạng toàn đoàn của Câu lạc bộ Thị trấn", period=Y24),
    fig("mới 9 tuổi", "9", 9, "measure", "tuổi", subject="tuổi của vận động viên nhỏ tuổi nhất", period=Y24),
    fig("nhất 72 tuổi", "72", 72, "measure", "tuổi", subject="tuổi của vận động viên lớn tuổi nhất", period=Y24),
    fig("gần 85 triệu", "85", 85e6, "money", "đồng", approx="nearly",
        subject="tổng kinh phí tổ chức giải", period=Y24),
    fig("khoảng 60 triệu", "60", 60e6, "money", "đồng", approx="about", total=85e6, percent=70,
        subject="nguồn xã hội hóa", period=Y24),
    fig("trao 48 bộ", "48", 48, "count", "bộ huy chương", subject="bộ huy chương ban tổ chức trao", period=Y24),
    fig("từ 300.000 đến 2 triệu", "300.000", 300000, "money", "đồng", value_max=2e6,
        subject="tiền thưởng cho mỗi nội dung", period=Y24),
    fig("có 52 câu lạc bộ", "52", 52, "count", "câu lạc bộ", subject="câu lạc bộ bóng bàn"),
    fig("khoảng 1.300 hội viên", "1.300", 1300, "count", "hội viên", approx="about",
        subject="hội viên thường xuyên tập luyện"),
    fig("lên 60 câu lạc bộ", "60", 60, "count", "câu lạc bộ", status="target",
        subject="số câu lạc bộ bóng bàn", period=NOW),
    fig("khoảng 200 vận động viên", "200", 200, "count", "vận động viên", approx="about", status="forecast",
        subject="quy mô vận động viên của giải lần thứ VII", period=J25),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner naming the district, '23/06/2024 - 17:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'lần thứ VI/VII', 'số 18 đường Lê Lợi', 'chiều 23/6', 'giải Nhất' (a prize name), 'Khối 2', phone 0238.3863.105.",
    "'Sau hai ngày thi đấu' locates the closing in time (not a figure by §1) but also states the event's length: optional.",
    "Tournament figures take the tournament year 'năm 2024' from the opening sentence (inherited, not scored).",
    "'trong đó có 9 câu lạc bộ' after '186 vận động viên đến từ 27 câu lạc bộ, tăng 34 vận động viên...': whole = 27 (same thing counted).",
    "'trên 16 bàn thi đấu': 'trên' = 'on' (tables), not 'over': exact. 'gồm 7 ... và 5 ...' take total 12.",
    "'khoảng 60 triệu đồng, chiếm hơn 70%' after 'trong đó': total 85 triệu, percent 70 (approx of a share is not scored).",
    "'từ 300.000 đến 2 triệu đồng' is a range with a multiplier only on the upper end. Location: the district (Yên Thành).",
    "'Năm nay ... phấn đấu' → target 2024; 'dự kiến ... tháng 6/2025' → forecast.",
]

if __name__ == "__main__":
    write("p1367-2", TEXT, NOTES, FIGS, published="2024-06-23", location="Yên Thành")
