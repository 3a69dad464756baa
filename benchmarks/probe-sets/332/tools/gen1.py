from lib import F, P, C, T, inh, emit

TEXT = """Hà Giang: Đã hoàn thành 15.620 căn nhà trong Chương trình xóa nhà tạm, nhà dột nát
Cập nhật: 12/03/2025 09:20
Lượt xem: 2.317

Sáng 11/3, Ban Chỉ đạo Chương trình xóa nhà tạm, nhà dột nát tỉnh Hà Giang họp đánh giá tiến độ thực hiện. Đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.

Theo báo cáo, tổng nhu cầu hỗ trợ nhà ở của tỉnh giai đoạn 2024-2025 là 20.436 căn, gồm 16.782 căn xây mới và 3.654 căn sửa chữa. Tính đến ngày 10/3/2025, toàn tỉnh đã khởi công 18.905 căn, đạt 92,5% kế hoạch; trong đó đã hoàn thành 15.620 căn (13.104 căn xây mới, 2.516 căn sửa chữa).

Tổng kinh phí thực hiện ước khoảng 1.130 tỷ đồng. Trong đó, nguồn hỗ trợ từ Chương trình "Mái ấm cho đồng bào tôi" do Bộ Công an phát động là 782 tỷ đồng, chiếm 69,2%; ngân sách địa phương và các nguồn xã hội hóa khác trên 348 tỷ đồng. Mức hỗ trợ xây mới là 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn; mỗi hộ còn được lực lượng vũ trang, đoàn viên thanh niên giúp từ 5 đến 10 ngày công.

Một số huyện có tiến độ hoàn thành cao là Mèo Vạc (96,3%), Đồng Văn (94,8%), Yên Minh (91,2%); huyện Xín Mần mới đạt dưới 70% do địa hình chia cắt, vận chuyển vật liệu khó khăn. Riêng huyện Quản Bạ đã bàn giao 1.208/1.240 căn, xếp thứ 2 toàn tỉnh về tỷ lệ hoàn thành.

Phát biểu kết luận, Phó Chủ tịch UBND tỉnh yêu cầu các huyện phấn đấu hoàn thành 100% số nhà trước ngày 30/6/2025, sớm hơn 4 tháng so với mục tiêu chung của cả nước. Mọi vướng mắc đề nghị liên hệ Văn phòng Ban Chỉ đạo, số 2 đường Nguyễn Trãi, thành phố Hà Giang, điện thoại 0219.3866.125.
"""

GD = P("giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
AS = P("Tính đến ngày 10/3/2025", None, "2025-03-10")
DL = P("trước ngày 30/6/2025", None, "2025-06-30")
SUBJ_RATE = "tiến độ hoàn thành"

FIGS = [
    F("Đã hoàn thành 15.620 căn nhà", "15.620", 15620, "count", "căn nhà",
      "căn nhà hoàn thành trong Chương trình xóa nhà tạm, nhà dột nát"),
    F("là 20.436 căn", "20.436", 20436, "count", "căn",
      "tổng nhu cầu hỗ trợ nhà ở", GD),
    F("gồm 16.782 căn", "16.782", 16782, "count", "căn", "căn xây mới", GD, total=20436),
    F("và 3.654 căn sửa chữa", "3.654", 3654, "count", "căn", "căn sửa chữa", GD, total=20436),
    F("khởi công 18.905 căn", "18.905", 18905, "count", "căn", "căn khởi công", AS, percent=92.5),
    F("đã hoàn thành 15.620 căn (", "15.620", 15620, "count", "căn", "căn đã hoàn thành", AS, total=18905),
    F("(13.104 căn xây mới", "13.104", 13104, "count", "căn", "căn xây mới hoàn thành", AS, total=15620),
    F("2.516 căn sửa chữa", "2.516", 2516, "count", "căn", "căn sửa chữa hoàn thành", AS, total=15620),
    F("ước khoảng 1.130 tỷ đồng", "1.130", 1130e9, "money", "đồng", "tổng kinh phí thực hiện",
      approx="about", status="estimate"),
    F("là 782 tỷ đồng", "782", 782e9, "money", "đồng",
      "nguồn hỗ trợ từ Chương trình \"Mái ấm cho đồng bào tôi\"", total=1130e9, percent=69.2),
    F("trên 348 tỷ đồng", "348", 348e9, "money", "đồng", "ngân sách địa phương và các nguồn xã hội hóa khác",
      approx="over", total=1130e9),
    F("là 60 triệu đồng/căn", "60", 60e6, "money", "đồng/căn", "mức hỗ trợ xây mới"),
    F("sửa chữa 30 triệu đồng/căn", "30", 30e6, "money", "đồng/căn", "mức hỗ trợ sửa chữa"),
    F("từ 5 đến 10 ngày công", "5", 5, "count", "ngày công",
      "ngày công lực lượng vũ trang, đoàn viên thanh niên giúp mỗi hộ", value_max=10),
    F("Mèo Vạc (96,3%)", "96,3", 96.3, "percent", "%", SUBJ_RATE, inh(AS), location="Mèo Vạc"),
    F("Đồng Văn (94,8%)", "94,8", 94.8, "percent", "%", SUBJ_RATE, inh(AS), location="Đồng Văn"),
    F("Yên Minh (91,2%)", "91,2", 91.2, "percent", "%", SUBJ_RATE, inh(AS), location="Yên Minh"),
    F("đạt dưới 70%", "70", 70, "percent", "%", SUBJ_RATE, inh(AS), approx="under", location="Xín Mần"),
    F("bàn giao 1.208/1.240 căn", "1.208", 1208, "count", "căn", "căn bàn giao", inh(AS),
      total=1240, location="Quản Bạ"),
    F("xếp thứ 2 toàn tỉnh", "2", 2, "rank", "hạng", "tỷ lệ hoàn thành", inh(AS), location="Quản Bạ"),
    F("hoàn thành 100% số nhà", "100", 100, "percent", "%", "số nhà hoàn thành", DL, status="target"),
    F("sớm hơn 4 tháng", "4", 4, "measure", "tháng", optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (province portal): progress of the programme to eliminate temporary/dilapidated houses, 2024-2025.",
    "Dateline 'Cập nhật: 12/03/2025 09:20'. Distractors: 'Lượt xem: 2.317', 'Sáng 11/3', address 'số 2 đường Nguyễn Trãi', phone.",
    "'gồm' after 20.436 gives the parts their total; '; trong đó đã hoàn thành' makes 18.905 the whole of 15.620; the bracket",
    "(13.104 + 2.516) adds up to 15.620. 'đạt 92,5% kế hoạch' is the percent of 18.905. Per-house support is money in 'đồng/căn'.",
    "District list: subject = the list's indicator, district = location; periods inherited from 'Tính đến ngày 10/3/2025'.",
    "'sớm hơn 4 tháng' (a gap in time to the national deadline) is optional. Title figure has no period.",
]

if __name__ == "__main__":
    emit("p332-1", TEXT, COMMENTS, FIGS, published="2025-03-12", location="Hà Giang")
