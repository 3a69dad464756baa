"""p1296-8: radio/TV site (Đài PT-TH Nghệ An, NTV): drilled-hole resin tapping in huyện Quỳnh Lưu; fires; provincial targets."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Trang chủ | Thời sự | Kinh tế | Video | Phát thanh

[VIDEO] Quỳnh Lưu: Khai thác nhựa thông bằng phương pháp khoan lỗ

Thứ Ba, 23/04/2024 - 18:45 | Thời lượng: 02:35

(NTV) - Huyện Quỳnh Lưu hiện có hơn 4.200 ha rừng thông nhựa, trong đó khoảng 2.600 ha đang được khai thác nhựa. Quỳnh Lưu là địa phương có sản lượng nhựa thông lớn thứ hai của tỉnh, sau huyện Nghi Lộc. Từ đầu năm đến nay, người dân đã khai thác được 1.150 tấn nhựa, giá bán bình quân 27.500 đồng/kg, thu về trên 31 tỷ đồng.

Tại xã Quỳnh Thắng, nhóm hộ ông Nguyễn Văn Bảy áp dụng phương pháp khoan lỗ thay cho cạo máng truyền thống trên 15 ha thông. Theo ông Bảy, năng suất đạt 3,2 kg/cây/năm, cao hơn khoảng 20% so với cách cạo cũ. Mỗi tuần người dân chỉ cần lên đồi hai lần để thu nhựa; vết khai thác nhỏ, nhựa không chảy tràn ra gốc nên giảm hẳn nguy cơ cháy rừng.

Theo Hạt Kiểm lâm Quỳnh Lưu, năm 2023 trên địa bàn xảy ra 3 vụ cháy rừng thông với tổng diện tích thiệt hại 4,6 ha; từ đầu năm 2024 đến nay chưa xảy ra vụ cháy nào.

Toàn tỉnh Nghệ An hiện có khoảng 36.000 ha rừng thông, chiếm 11,8% diện tích rừng trồng. Năm 2024, tỉnh phấn đấu sản lượng nhựa thông đạt 9.000 tấn, nhân rộng phương pháp khoan lỗ lên 1.000 ha. Trong quý II, ngành nông nghiệp dự kiến tổ chức 12 lớp tập huấn cho khoảng 600 hộ dân.

Xem thêm:
- Bản tin Thời sự 19h ngày 22/4/2024
- Nghi Lộc chủ động phòng cháy rừng thông mùa nắng nóng

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN
Địa chỉ: Số 52 đường Lê Hồng Phong, TP Vinh
"""

SINCE = period("Từ đầu năm đến nay", "2024-01-01", "2024-04-23")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = period("Trong quý II", "2024-04-01", "2024-06-30")
QL = {"location": "Quỳnh Lưu"}

FIGS = [
    F("hơn 4.200 ha", "4.200", 4200, "measure", "ha", approx="over", subject="rừng thông nhựa", **QL),
    F("khoảng 2.600 ha", "2.600", 2600, "measure", "ha", approx="about", total=4200,
      subject="rừng thông đang được khai thác nhựa", **QL),
    F("lớn thứ hai", "hai", 2, "rank", "hạng", subject="sản lượng nhựa thông", **QL),
    F("được 1.150 tấn", "1.150", 1150, "measure", "tấn", subject="nhựa người dân khai thác", period=SINCE, **QL),
    F("quân 27.500 đồng/kg", "27.500", 27500, "money", "đồng/kg", subject="giá bán nhựa bình quân",
      period=SINCE, **QL),
    F("trên 31 tỷ", "31", 31e9, "money", "đồng", approx="over", subject="tiền thu về từ nhựa", period=SINCE, **QL),
    F("trên 15 ha", "15", 15, "measure", "ha",
      subject="thông nhóm hộ ông Nguyễn Văn Bảy áp dụng phương pháp khoan lỗ", **QL),
    F("đạt 3,2 kg/cây/năm", "3,2", 3.2, "measure", "kg/cây/năm",
      change=change("increase", 20, "%", "cách cạo cũ", approx="about"), subject="năng suất nhựa", **QL),
    F("đồi hai lần", "hai", 2, "measure", "lần/tuần", subject="lần người dân lên đồi thu nhựa", **QL),
    F("ra 3 vụ", "3", 3, "count", "vụ", subject="vụ cháy rừng thông", period=Y23, **QL),
    F("hại 4,6 ha", "4,6", 4.6, "measure", "ha", subject="tổng diện tích rừng thông thiệt hại", period=Y23, **QL),
    F("khoảng 36.000 ha", "36.000", 36000, "measure", "ha", approx="about", percent=11.8,
      subject="rừng thông toàn tỉnh"),
    F("đạt 9.000 tấn", "9.000", 9000, "measure", "tấn", status="target", subject="sản lượng nhựa thông",
      period=Y24),
    F("lên 1.000 ha", "1.000", 1000, "measure", "ha", status="target",
      subject="diện tích áp dụng phương pháp khoan lỗ", period=Y24),
    F("chức 12 lớp", "12", 12, "count", "lớp", status="forecast", subject="lớp tập huấn", period=Q2),
    F("khoảng 600 hộ", "600", 600, "count", "hộ", approx="about", status="forecast",
      subject="hộ dân được tập huấn", period=Q2),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Nghệ An, NTV): '[VIDEO]', 'Thứ Ba, 23/04/2024 - 18:45 | Thời lượng: 02:35', '(NTV) -', 'Xem thêm' links, address.",
    "Quỳnh Lưu figures (district and the commune Quỳnh Thắng) → location Quỳnh Lưu; 'Toàn tỉnh Nghệ An' figures → Nghệ An.",
    "'áp dụng ... trên 15 ha thông': 'trên' is the preposition 'on' here, not 'over' → approx exact (borderline by reading).",
    "'lớn thứ hai của tỉnh' → rank 2 of Quỳnh Lưu; 'Mỗi tuần ... hai lần' → measure 2 lần/tuần (frequency, the 'mỗi' denominator).",
    "'Từ đầu năm đến nay' ends at the dateline; 'Trong quý II' takes 2024; 'cao hơn khoảng 20% so với cách cạo cũ' is the change of the yield.",
    "'chưa xảy ra vụ cháy nào' has no number. 'từ đầu năm 2024 đến nay' locates that clause only.",
    "Distractors: 23/04/2024 18:45, 'Thời lượng: 02:35', '19h ngày 22/4/2024', 'Số 52 đường Lê Hồng Phong', Nguyễn Văn Bảy (name).",
]

if __name__ == "__main__":
    write("p1296-8", TEXT, NOTES, FIGS, published="2024-04-23", location="Nghệ An")
