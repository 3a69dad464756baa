"""p659-2: huyện Kỳ Sơn (Nghệ An) district portal — border posts sponsoring pupils, help to border villages."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN KỲ SƠN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức | Quốc phòng - An ninh
Thứ Năm, 12/09/2024 - 15:20

Các đồn biên phòng đỡ đầu 94 học sinh vùng biên Kỳ Sơn

Năm học 2024 - 2025, 5 đồn biên phòng đóng quân trên địa bàn huyện tiếp tục nhận đỡ đầu 94 học sinh có hoàn cảnh khó khăn, tăng 11 em so với năm học trước. Trong đó, 61 em thuộc chương trình "Nâng bước em tới trường" và 33 em thuộc chương trình "Con nuôi đồn Biên phòng".

Mức hỗ trợ học sinh chương trình "Nâng bước em tới trường" là 500.000 đồng/em/tháng; các "con nuôi" được đồn nuôi dưỡng tại đơn vị hoặc hỗ trợ từ 1,5 đến 2 triệu đồng mỗi tháng cho đến khi đủ 18 tuổi.

Từ năm 2019 đến nay, các đồn biên phòng Mỹ Lý, Na Loi, Keng Đu, Nậm Cắn và Cửa khẩu Quốc tế Nậm Cắn đã vận động, quyên góp gần 1,2 tỷ đồng để hỗ trợ các em, trao tặng 2.450 suất quà, 310 chiếc xe đạp và hơn 6.000 bộ sách vở. Tỷ lệ học sinh được đỡ đầu đi học chuyên cần đạt 98,5%; 12 em đã tốt nghiệp THPT, trong đó 4 em đỗ đại học, cao đẳng.

Trong 8 tháng đầu năm 2024, các đồn đã phối hợp khám bệnh, cấp thuốc miễn phí cho 1.730 lượt người; giúp dân 1.250 ngày công làm nhà, làm đường; hỗ trợ xóa 7 nhà tạm, nhà dột nát với tổng trị giá 350 triệu đồng.

Năm 2025, các đồn biên phòng trên địa bàn huyện phấn đấu mỗi đồn nhận đỡ đầu ít nhất 20 học sinh.

Lữ Phú (Trung tâm Văn hóa - Thể thao và Truyền thông huyện)

Địa chỉ: khối 4, thị trấn Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An. Điện thoại: 0238.3875.112
"""

SINCE = P("Từ năm 2019 đến nay", "2019-01-01", "2024-09-12")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("đỡ đầu 94 học sinh vùng biên", "94", 94, "count", "học sinh",
      "học sinh vùng biên được các đồn biên phòng đỡ đầu"),
    F("5 đồn biên phòng đóng quân", "5", 5, "count", "đồn biên phòng", "đồn biên phòng đóng quân trên địa bàn huyện"),
    F("đỡ đầu 94 học sinh có", "94", 94, "count", "học sinh", "học sinh có hoàn cảnh khó khăn được nhận đỡ đầu",
      change=CH("increase", 11, "em", "năm học trước")),
    F("61 em", "61", 61, "count", "em", "học sinh thuộc chương trình \"Nâng bước em tới trường\"", total=94),
    F("33 em", "33", 33, "count", "em", "học sinh thuộc chương trình \"Con nuôi đồn Biên phòng\"", total=94),
    F("500.000 đồng/em/tháng", "500.000", 500000, "money", "đồng/em/tháng",
      "mức hỗ trợ học sinh chương trình \"Nâng bước em tới trường\""),
    F("từ 1,5 đến 2 triệu đồng", "1,5", 1.5e6, "money", "đồng", "mức hỗ trợ con nuôi đồn biên phòng mỗi tháng",
      value_max=2e6),
    F("đủ 18 tuổi", "18", 18, "measure", "tuổi", optional=True),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí vận động, quyên góp hỗ trợ học sinh", SINCE,
      approx="nearly"),
    F("2.450 suất quà", "2.450", 2450, "count", "suất quà", "suất quà trao tặng học sinh", SINCE),
    F("310 chiếc xe đạp", "310", 310, "count", "xe đạp", "xe đạp trao tặng học sinh", SINCE),
    F("hơn 6.000 bộ sách vở", "6.000", 6000, "count", "bộ sách vở", "bộ sách vở trao tặng học sinh", SINCE,
      approx="over"),
    F("chuyên cần đạt 98,5%", "98,5", 98.5, "percent", "%", "tỷ lệ học sinh được đỡ đầu đi học chuyên cần"),
    F("12 em đã tốt nghiệp", "12", 12, "count", "em", "học sinh được đỡ đầu đã tốt nghiệp THPT"),
    F("4 em đỗ", "4", 4, "count", "em", "học sinh được đỡ đầu đỗ đại học, cao đẳng", total=12),
    F("1.730 lượt người", "1.730", 1730, "count", "lượt người", "lượt người được khám bệnh, cấp thuốc miễn phí", M8),
    F("1.250 ngày công", "1.250", 1250, "measure", "ngày công", "ngày công giúp dân làm nhà, làm đường", M8),
    F("xóa 7 nhà tạm", "7", 7, "count", "nhà", "nhà tạm, nhà dột nát được hỗ trợ xóa", M8),
    F("350 triệu đồng", "350", 350e6, "money", "đồng", "tổng trị giá hỗ trợ xóa nhà tạm, nhà dột nát", M8),
    F("ít nhất 20 học sinh", "20", 20, "count", "học sinh", "học sinh mỗi đồn biên phòng nhận đỡ đầu",
      P("Năm 2025", "2025-01-01", "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Kỳ Sơn district portal (Nghệ An): border posts sponsoring pupils ('Nâng bước em tới trường', 'Con nuôi đồn Biên phòng'), aid.",
    "District portal, so location Kỳ Sơn throughout; 'tỉnh Nghệ An' only in the footer address. School year '2024 - 2025' gets no",
    "period (not a calendar period in the spec); 'Từ năm 2019 đến nay' ends at the dateline. 61 + 33 = 94 after 'Trong đó'.",
    "'đủ 18 tuổi' is an age threshold (optional). Distractors: 'Năm học 2024 - 2025', khối 4, phone, dateline time.",
]

if __name__ == "__main__":
    emit("p659-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Kỳ Sơn")
