"""p1424-5: provincial newspaper (Báo Tuyên Quang, tag (BTQ)): illegal tin mining in huyện Sơn Dương."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO TUYÊN QUANG ĐIỆN TỬ
Thời sự | Kinh tế | Pháp luật | Xã hội

Sơn Dương: Quyết liệt xử lý khai thác thiếc trái phép

Thứ Ba, 13/08/2024 | 07:15

(BTQ) - Số vụ khai thác quặng thiếc trái phép tại các xã Thiện Kế, Ninh Lai, Hợp Thành (Sơn Dương) đã giảm khoảng 65% so với cùng kỳ năm 2023 sau đợt cao điểm ra quân của lực lượng chức năng.

Từ ngày 15/5 đến 10/8/2024, Công an huyện Sơn Dương phối hợp với các xã tổ chức 42 cuộc kiểm tra, phát hiện 19 vụ với 57 đối tượng khai thác thiếc trái phép; tịch thu gần ba chục máy nổ, máy bơm và khoảng 2,3 tấn quặng thiếc. Tổng số tiền xử phạt hành chính là 186 triệu đồng. Đặc biệt, có 2 vụ đã bị khởi tố theo Điều 227 Bộ luật Hình sự.

Theo ông Hoàng Đức Thịnh, Trưởng phòng Tài nguyên và Môi trường huyện, quặng thiếc sa khoáng tại đây có hàm lượng cao, giá thu mua trên thị trường tự do từ 280.000 đến 320.000 đồng/kg nên nhiều người bất chấp lệnh cấm. Mỗi điểm khai thác trái phép có từ 5 đến 7 người, dùng máy bơm phun nước, làm sạt lở hơn 3 ha đất sản xuất, bồi lấp khoảng 1,2 km kênh mương nội đồng.

Hiện trên địa bàn huyện chỉ có 2 mỏ thiếc được cấp phép, với tổng trữ lượng khoảng 1.800 tấn quặng tinh. Năm 2023, hai mỏ nộp ngân sách hơn 14 tỷ đồng.

Huyện đặt mục tiêu đến cuối năm 2024 xóa bỏ hoàn toàn các điểm khai thác trái phép, hoàn nguyên ít nhất 5 ha đất bị sạt lở; đồng thời lập 3 chốt kiểm soát trên tuyến ĐT.186 và Quốc lộ 2C.

THANH HÀ

Tin liên quan:
- Tuyên Quang: Tổng kết công tác phòng, chống tội phạm năm 2023
- Yên Sơn xử lý khai thác cát trái phép trên sông Lô
"""

RAID = period("Từ ngày 15/5 đến 10/8/2024", "2024-05-15", "2024-08-10")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
T24 = period("đến cuối năm 2024", None, "2024-12-31")

FIGS = [
    F("giảm khoảng 65%", "65", 65, "percent", "%", "số vụ khai thác quặng thiếc trái phép", approx="about"),
    F("tổ chức 42 cuộc", "42", 42, "count", "cuộc", "cuộc kiểm tra", RAID),
    F("phát hiện 19 vụ", "19", 19, "count", "vụ", "vụ khai thác thiếc trái phép", RAID),
    F("với 57 đối tượng", "57", 57, "count", "đối tượng", "đối tượng khai thác thiếc trái phép", RAID),
    F("gần ba chục máy", "ba chục", 30, "count", "máy", "máy nổ, máy bơm bị tịch thu", RAID, approx="nearly"),
    F("khoảng 2,3 tấn", "2,3", 2.3, "measure", "tấn", "quặng thiếc bị tịch thu", RAID, approx="about"),
    F("là 186 triệu", "186", 186e6, "money", "đồng", "tổng số tiền xử phạt hành chính", inherit(RAID)),
    F("có 2 vụ", "2", 2, "count", "vụ", "vụ bị khởi tố", inherit(RAID)),
    F("từ 280.000 đến", "280.000", 280000, "money", "đồng/kg", "giá thu mua quặng thiếc sa khoáng trên thị trường tự do",
      value_max=320000),
    F("từ 5 đến 7 người", "5", 5, "count", "người", "người ở mỗi điểm khai thác trái phép", value_max=7),
    F("hơn 3 ha", "3", 3, "measure", "ha", "đất sản xuất bị sạt lở", approx="over"),
    F("khoảng 1,2 km", "1,2", 1.2, "measure", "km", "kênh mương nội đồng bị bồi lấp", approx="about"),
    F("có 2 mỏ", "2", 2, "count", "mỏ", "mỏ thiếc được cấp phép"),
    F("khoảng 1.800 tấn", "1.800", 1800, "measure", "tấn", "tổng trữ lượng quặng tinh của các mỏ thiếc", approx="about"),
    F("hai mỏ nộp", "hai", 2, "count", "mỏ", "mỏ nộp ngân sách", Y23, optional=True),
    F("hơn 14 tỷ", "14", 14e9, "money", "đồng", "nộp ngân sách của hai mỏ", Y23, approx="over"),
    F("ít nhất 5 ha", "5", 5, "measure", "ha", "đất bị sạt lở được hoàn nguyên", T24, approx="at_least",
      status="target"),
    F("lập 3 chốt", "3", 3, "count", "chốt", "chốt kiểm soát", T24, status="target"),
]

NOTES = [
    "Provincial newspaper (Báo Tuyên Quang): menu, 'Thứ Ba, 13/08/2024 | 07:15', tag '(BTQ) -', byline THANH HÀ, related links.",
    "Distractors: 07:15, 'Điều 227 Bộ luật Hình sự', 'ĐT.186', 'Quốc lộ 2C', 'năm 2023' in a link title.",
    "Location: huyện Sơn Dương for every figure (named in the headline and sapo).",
    "Sapo 'giảm khoảng 65% so với cùng kỳ năm 2023' with no base amount is itself the claim: percent figure, no change; no period (cùng kỳ is only the baseline).",
    "'gần ba chục máy nổ, máy bơm' = nearly 30 machines (number words). 186 triệu and 2 vụ take the raid period of the previous sentence (inherited); '2 vụ' has no part cue, so no total.",
    "'Mỗi điểm ... có từ 5 đến 7 người': count, unit người, range. Price range in đồng/kg with no period (standing price).",
    "'hai mỏ nộp ngân sách' refers back to the 2 licensed mines: optional (a careful annotator may or may not count the repeat).",
    "'mục tiêu đến cuối năm 2024' governs the sentence incl. the clause after ';' ('đồng thời lập 3 chốt'): target, as-of end 2024-12-31.",
]

if __name__ == "__main__":
    write("p1424-5", TEXT, NOTES, FIGS, published="2024-08-13", location="Sơn Dương")
