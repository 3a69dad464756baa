"""p1160-2: district portal (huyện Hải Hậu, Nam Định): stamp exhibition, philately club, commune post-office reading points."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội

Khai mạc Triển lãm tem bưu chính huyện Hải Hậu lần thứ 2

Ngày đăng: 27/03/2024 | Người viết: Thu Hà

Sáng 26/3, tại Nhà văn hóa trung tâm huyện, Phòng Văn hóa và Thông tin phối hợp với Bưu điện huyện và Câu lạc bộ Tem Hải Hậu khai mạc Triển lãm tem bưu chính "Quê hương qua những con tem". Triển lãm trưng bày 64 khung với gần 2.300 con tem, phong bì, bưu thiếp của 17 nhà sưu tập, trong đó 9 nhà sưu tập là học sinh các trường THCS trên địa bàn.

Câu lạc bộ Tem Hải Hậu được thành lập năm 2016, hiện có 58 hội viên, tăng 14 người so với năm 2022; hội viên cao tuổi nhất 81 tuổi, nhỏ tuổi nhất mới 11 tuổi. Năm 2023, câu lạc bộ tổ chức 6 buổi sinh hoạt chuyên đề và ba lớp hướng dẫn sưu tầm tem cho khoảng 150 học sinh.

Ông Vũ Văn Thịnh, Chủ nhiệm câu lạc bộ, cho biết bộ sưu tập "Làng nghề Việt Nam" của ông gồm 312 con tem, được chắt lọc trong hơn 20 năm, từng đoạt huy chương đồng tại Triển lãm tem toàn quốc năm 2022.

Dịp này, Bưu điện huyện bán ra 420 bộ tem kỷ niệm, doanh thu hơn 38 triệu đồng. Triển lãm mở cửa đến hết ngày 31/3, dự kiến đón khoảng 3.000 lượt khách tham quan.

Toàn huyện hiện có 32 điểm bưu điện văn hóa xã, thị trấn; mỗi điểm có tủ sách bình quân 450 cuốn. Năm 2023, các điểm phục vụ 41.600 lượt bạn đọc, bằng 108% so với năm 2022.

Địa chỉ: Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.229
"""

Y23a = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("trưng bày 64 khung", "64", 64, "count", "khung", subject="khung tem trưng bày tại triển lãm"),
    F("gần 2.300 con tem", "2.300", 2300, "count", "con tem", approx="nearly",
      subject="con tem, phong bì, bưu thiếp trưng bày tại triển lãm"),
    F("của 17 nhà sưu tập", "17", 17, "count", "nhà sưu tập", subject="nhà sưu tập có hiện vật trưng bày"),
    F("trong đó 9 nhà sưu tập", "9", 9, "count", "nhà sưu tập", total=17,
      subject="nhà sưu tập là học sinh các trường THCS"),
    F("hiện có 58 hội viên", "58", 58, "count", "hội viên", change=C("increase", 14, "người", "năm 2022"),
      subject="hội viên Câu lạc bộ Tem Hải Hậu"),
    F("nhất 81 tuổi", "81", 81, "measure", "tuổi", optional=True, subject="tuổi hội viên cao tuổi nhất"),
    F("mới 11 tuổi", "11", 11, "measure", "tuổi", optional=True, subject="tuổi hội viên nhỏ tuổi nhất"),
    F("tổ chức 6 buổi", "6", 6, "count", "buổi sinh hoạt chuyên đề",
      subject="buổi sinh hoạt chuyên đề câu lạc bộ tổ chức", period=Y23a),
    F("và ba lớp", "ba", 3, "count", "lớp", subject="lớp hướng dẫn sưu tầm tem", period=Y23a),
    F("khoảng 150 học sinh", "150", 150, "count", "học sinh", approx="about",
      subject="học sinh được hướng dẫn sưu tầm tem", period=Y23a),
    F("gồm 312 con tem", "312", 312, "count", "con tem",
      subject="con tem trong bộ sưu tập Làng nghề Việt Nam"),
    F("hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True,
      subject="thời gian chắt lọc bộ sưu tập"),
    F("bán ra 420 bộ", "420", 420, "count", "bộ tem", subject="bộ tem kỷ niệm Bưu điện huyện bán ra"),
    F("hơn 38 triệu", "38", 38e6, "money", "đồng", approx="over", subject="doanh thu bán tem kỷ niệm"),
    F("khoảng 3.000 lượt", "3.000", 3000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách tham quan triển lãm"),
    F("có 32 điểm", "32", 32, "count", "điểm bưu điện văn hóa xã",
      subject="điểm bưu điện văn hóa xã, thị trấn"),
    F("bình quân 450 cuốn", "450", 450, "measure", "cuốn/điểm",
      subject="sách trong tủ sách bình quân mỗi điểm bưu điện văn hóa xã"),
    F("phục vụ 41.600 lượt", "41.600", 41600, "count", "lượt bạn đọc", percent=108,
      subject="lượt bạn đọc được phục vụ tại các điểm bưu điện văn hóa xã",
      period=P("Năm 2023, các điểm", "2023-01-01", "2023-12-31")),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): 2nd district stamp exhibition, philately club, BĐVHX reading points. 'Ngày đăng: 27/03/2024'.",
    "Distractors: 'lần thứ 2', 'Sáng 26/3', 'năm 2016' (founding year), 'năm 2022' (award year), 'đến hết ngày 31/3', address, phone.",
    "Ages of members and 'hơn 20 năm' of collecting are optional. 'ba lớp' is a number word (3).",
    "'bằng 108% so với năm 2022' is a share of the 41.600 (percent attribute). 'mỗi điểm có tủ sách bình quân 450 cuốn' is a per-point rate.",
    "'gồm 312 con tem' follows no whole (no total). Exhibition figures get no period ('Sáng 26/3' has no year and only dates the opening).",
]

if __name__ == "__main__":
    write("p1160-2", TEXT, NOTES, FIGS, published="2024-03-27", location="Hải Hậu")
