"""p794-2: huyện Kim Bảng (Hà Nam) district portal - ốc nhồi on converted low-lying rice fields, xã Nhật Tựu."""
from lib import F, build, chg, inh, per

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG
Trang chủ | Tin tức | Kinh tế - Nông nghiệp
Thứ Ba, 20/06/2023 - 15:10

Xã Nhật Tựu nhân rộng mô hình nuôi ốc nhồi trên ruộng trũng

Những năm gần đây, xã Nhật Tựu đã chuyển đổi 38 ha ruộng trũng cấy lúa kém hiệu quả sang nuôi ốc nhồi kết hợp thả cá. Toàn xã hiện có 64 hộ tham gia, tập trung ở thôn Nhật Tân và thôn 3.

Theo ông Trần Văn Bảy, Chủ tịch UBND xã, 6 tháng đầu năm 2023, sản lượng ốc nhồi thương phẩm của xã đạt khoảng 46 tấn, tăng 15 tấn so với cùng kỳ năm 2022. Với giá bán từ 60.000 đến 70.000 đồng/kg, người nuôi thu về gần 3 tỷ đồng. Ốc giống được bán với giá 1.000-1.200 đồng/con; mỗi ha thả từ 25.000 đến 30.000 con.

Năm 2022, xã thành lập Hợp tác xã nuôi ốc nhồi Nhật Tựu với 27 thành viên, đến nay đã tăng lên 41 thành viên. HTX liên kết tiêu thụ với 5 nhà hàng tại Hà Nội và TP Phủ Lý. Lợi nhuận từ nuôi ốc nhồi đạt 180-220 triệu đồng/ha/năm. So với cấy lúa, hiệu quả kinh tế cao gấp 4 lần.

Toàn huyện Kim Bảng hiện có 112 ha nuôi ốc các loại, trong đó ốc nhồi 86 ha, còn lại là ốc bươu đen. Thực hiện Kế hoạch số 45/KH-UBND của UBND huyện, năm 2023 xã Nhật Tựu phấn đấu mở rộng diện tích nuôi ốc nhồi lên 50 ha, sản lượng cả năm đạt 100 tấn. Tại hội nghị sơ kết lần thứ 2 của mô hình, huyện đề nghị các xã Đồng Hóa, Tượng Lĩnh học tập cách làm của Nhật Tựu.

Thu Hà (Trung tâm VH-TT&TT huyện)
"""

P6 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
P23 = per("năm 2023", "2023-01-01", "2023-12-31")
NOW = per("đến nay", end="2023-06-20")

FIGS = [
    F("chuyển đổi 38 ha", "38", 38, "measure", "ha", "ruộng trũng chuyển đổi sang nuôi ốc nhồi kết hợp thả cá"),
    F("có 64 hộ", "64", 64, "count", "hộ", "hộ tham gia nuôi ốc nhồi"),
    F("khoảng 46 tấn", "46", 46, "measure", "tấn", "sản lượng ốc nhồi thương phẩm", P6, approx="about",
      change=chg("increase", 15, "tấn", "cùng kỳ năm 2022")),
    F("từ 60.000 đến 70.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá bán ốc nhồi thương phẩm",
      inh(P6), value_max=70000),
    F("gần 3 tỷ đồng", "3", 3e9, "money", "đồng", "tiền người nuôi ốc nhồi thu về", inh(P6), approx="nearly"),
    F("giá 1.000-1.200 đồng/con", "1.000", 1000, "money", "đồng/con", "giá ốc nhồi giống", value_max=1200),
    F("từ 25.000 đến 30.000 con", "25.000", 25000, "count", "con/ha", "mật độ thả ốc giống mỗi ha", value_max=30000),
    F("với 27 thành viên", "27", 27, "count", "thành viên", "thành viên Hợp tác xã nuôi ốc nhồi Nhật Tựu",
      per("Năm 2022", "2022-01-01", "2022-12-31")),
    F("lên 41 thành viên", "41", 41, "count", "thành viên", "thành viên Hợp tác xã nuôi ốc nhồi Nhật Tựu", NOW),
    F("với 5 nhà hàng", "5", 5, "count", "nhà hàng", "nhà hàng liên kết tiêu thụ với HTX"),
    F("đạt 180-220 triệu đồng/ha/năm", "180", 180e6, "money", "đồng/ha/năm", "lợi nhuận từ nuôi ốc nhồi",
      value_max=220e6),
    F("cao gấp 4 lần", "4", 4, "multiple", "lần", "hiệu quả kinh tế nuôi ốc nhồi so với cấy lúa"),
    F("có 112 ha", "112", 112, "measure", "ha", "diện tích nuôi ốc các loại"),
    F("ốc nhồi 86 ha", "86", 86, "measure", "ha", "diện tích nuôi ốc nhồi", total=112),
    F("lên 50 ha", "50", 50, "measure", "ha", "diện tích nuôi ốc nhồi", P23, status="target"),
    F("đạt 100 tấn", "100", 100, "measure", "tấn", "sản lượng ốc nhồi cả năm", P23, status="target"),
]

COMMENTS = [
    "District portal of Kim Bảng (Hà Nam): commune Nhật Tựu's ốc nhồi on converted rice fields. Commune figures take the district",
    "as location (FIGURES.md names province, city or district). Distractors: 15:10, thôn 3, ông Trần Văn Bảy, Kế hoạch số 45/KH-UBND,",
    "'lần thứ 2' (ordinal), 'Hà Nội và TP Phủ Lý' (buyers' places do not localise the 5 restaurants).",
    "'đến nay' ends at the dateline 2023-06-20. 'gấp 4 lần' stands as its own sentence's claim: multiple.",
    "'mỗi ha thả từ 25.000 đến 30.000 con' is a stocking rate: unit con/ha.",
]

if __name__ == "__main__":
    build("p794-2", TEXT, FIGS, COMMENTS, published="2023-06-20", location="Kim Bảng")
