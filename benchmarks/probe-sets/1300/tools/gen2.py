"""p1300-2: district portal (huyện Vân Đồn, Quảng Ninh): a cooperative rearing sea cucumber seed and farming it."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VÂN ĐỒN - TỈNH QUẢNG NINH
Trang chủ | Tin tức - Sự kiện | Kinh tế | Chuyển đổi số

Hiệu quả mô hình ương giống và nuôi hải sâm ở xã Bản Sen

22/05/2024 - 10:30

Những năm gần đây, hải sâm vú và hải sâm đen trở thành đối tượng nuôi mới của ngư dân Vân Đồn. Toàn huyện hiện có 41 hộ và 2 hợp tác xã nuôi hải sâm với tổng diện tích mặt nước 85 ha, tập trung tại các xã Bản Sen, Quan Lạn, Minh Châu.

Mô hình của Hợp tác xã Nuôi trồng thủy sản Bãi Dài do ông Phạm Văn Tuấn làm giám đốc được triển khai từ tháng 3/2023 trên diện tích 6 ha. Năm 2023, hợp tác xã thả 180.000 con giống, tỷ lệ sống đạt 72%; sau 10 tháng nuôi thu hoạch 14,6 tấn, năng suất bình quân 2,4 tấn/ha, lãi gần 1,2 tỷ đồng. Quý I/2024, hợp tác xã ương thành công 95.000 con giống, trong đó khoảng 60.000 con để thả nuôi, số còn lại cung ứng cho ba chục hộ trong xã.

Theo UBND huyện, năm 2023 sản lượng hải sâm toàn huyện đạt 62 tấn, giá trị khoảng 9,5 tỷ đồng. Giá hải sâm vú tươi hiện từ 350.000 đến 400.000 đồng/kg, hải sâm đen khoảng 120.000 đồng/kg.

Năm 2024, huyện phấn đấu mở rộng diện tích nuôi hải sâm lên 120 ha, sản lượng ít nhất 90 tấn; dự kiến hỗ trợ 50% chi phí con giống cho các hộ tham gia mô hình, tối đa 30 triệu đồng/hộ.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Vân Đồn tổ chức Lễ hội Vân Đồn - Cửa Vạn năm 2024
- Hướng dẫn thực hiện Nghị định số 26/2019/NĐ-CP về thủy sản

UBND huyện Vân Đồn - Số 1 đường Tô Hiến Thành, thị trấn Cái Rồng. Điện thoại: 0203.3874.180
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
BD = "hợp tác xã"

FIGS = [
    fig("có 41 hộ", "41", 41, "count", "hộ", subject="hộ nuôi hải sâm"),
    fig("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã nuôi hải sâm"),
    fig("mặt nước 85 ha", "85", 85, "measure", "ha", subject="tổng diện tích mặt nước nuôi hải sâm"),
    fig("diện tích 6 ha", "6", 6, "measure", "ha",
        subject="diện tích mô hình của Hợp tác xã Nuôi trồng thủy sản Bãi Dài"),
    fig("thả 180.000 con", "180.000", 180000, "count", "con giống", subject="con giống hợp tác xã thả",
        period=Y23),
    fig("đạt 72%", "72", 72, "percent", "%", subject="tỷ lệ sống", period=Y23),
    fig("sau 10 tháng", "10", 10, "measure", "tháng", subject="thời gian nuôi", optional=True),
    fig("thu hoạch 14,6 tấn", "14,6", 14.6, "measure", "tấn", subject="hải sâm thu hoạch", period=Y23),
    fig("2,4 tấn/ha", "2,4", 2.4, "measure", "tấn/ha", subject="năng suất bình quân", period=Y23),
    fig("lãi gần 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="nearly", subject="lãi", period=Y23),
    fig("thành công 95.000 con", "95.000", 95000, "count", "con giống",
        subject="con giống hợp tác xã ương thành công", period=Q1),
    fig("khoảng 60.000 con", "60.000", 60000, "count", "con", approx="about", total=95000,
        subject="con giống để thả nuôi", period=Q1),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ", subject="hộ trong xã được cung ứng con giống",
        period=Q1),
    fig("đạt 62 tấn", "62", 62, "measure", "tấn", subject="sản lượng hải sâm toàn huyện", period=y23),
    fig("khoảng 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", approx="about", subject="giá trị sản lượng hải sâm",
        period=y23),
    fig("từ 350.000 đến 400.000", "350.000", 350000, "money", "đồng/kg", value_max=400000,
        subject="giá hải sâm vú tươi"),
    fig("khoảng 120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", approx="about",
        subject="giá hải sâm đen tươi"),
    fig("lên 120 ha", "120", 120, "measure", "ha", status="target", subject="diện tích nuôi hải sâm",
        period=Y24),
    fig("ít nhất 90 tấn", "90", 90, "measure", "tấn", approx="at_least", status="target",
        subject="sản lượng hải sâm", period=Y24),
    fig("hỗ trợ 50%", "50", 50, "percent", "%", status="forecast",
        subject="hỗ trợ chi phí con giống cho các hộ tham gia mô hình", period=Y24),
    fig("tối đa 30 triệu", "30", 30e6, "money", "đồng/hộ", approx="at_most", status="forecast",
        subject="mức hỗ trợ chi phí con giống", period=Y24),
]

NOTES = [
    "District portal (huyện Vân Đồn, Quảng Ninh): banner, menu, date line '22/05/2024 - 10:30', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:30, 'từ tháng 3/2023' (a start date), 'Quý I/2024', 'năm 2024' in a link, 'Nghị định số 26/2019/NĐ-CP',",
    "'Số 1 đường Tô Hiến Thành', phone 0203.3874.180.",
    "Location: the district (Vân Đồn) for every figure; the cooperative is in xã Bản Sen of the district.",
    "'sau 10 tháng nuôi' is a farming duration standing inside a harvest clause: optional (it may be read as only locating the harvest).",
    "'trong đó khoảng 60.000 con' is part of the 95.000 con giống (total); 'ba chục hộ' = 30 (number word).",
    "'Năm 2024, huyện phấn đấu ...; dự kiến hỗ trợ 50% ..., tối đa 30 triệu đồng/hộ': the first two are target, the last two forecast",
    "(the 'dự kiến' clause governs the clause that continues it). All four stand in the 'Năm 2024' sentence.",
    "The 6 ha of the model gets no period: 'từ tháng 3/2023' is when it started, not a period of the area.",
]

if __name__ == "__main__":
    write("p1300-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Vân Đồn")
