"""p993-8: provincial newspaper online (Báo Bắc Giang, tag (BGĐT) -), Lạng Giang, 9 months 2024."""
from lib import fig, period, change, write_set

TEXT = """
BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế > Nông nghiệp
Cập nhật lúc 16:40, Thứ ba, 15/10/2024

Hơn 2.100 hộ ở Lạng Giang cam kết không thả rông chó, mèo

(BGĐT) - 9 tháng năm 2024, huyện Lạng Giang đã vận động 2.146 hộ ký cam kết nuôi nhốt chó, mèo, vượt 7,3% kế hoạch năm; toàn huyện tiêm phòng dại cho 24.890 con, đạt 81,2% tổng đàn.

Theo ông Hoàng Văn Bảy, Trưởng Trạm Chăn nuôi và Thú y huyện, Lạng Giang hiện có 18.420 hộ nuôi khoảng 30.650 con chó, mèo. Các xã có tỷ lệ tiêm phòng cao là Tân Dĩnh, Phi Mô, Thái Đào, lần lượt đạt 92,4%, 90,1% và 88,7%. Đây là lần thứ 3 huyện tổ chức ký cam kết, tập trung ở các thôn dọc Quốc lộ 1A và đường tỉnh 295.

Từ đầu năm đến nay, tổ tuần tra của 21 xã, thị trấn đã bắt giữ 97 con chó thả rông, xử phạt 19 trường hợp với số tiền 15,2 triệu đồng; so với cùng kỳ, số vụ chó cắn người giảm 41 vụ, còn 63 vụ.

Toàn tỉnh Bắc Giang 9 tháng qua đã tiêm phòng dại cho 236.700 con chó, mèo, bằng 74,5% tổng đàn; dự kiến đến cuối năm đạt khoảng 80%. Mỗi liều vắc xin có giá 15.000-18.000 đồng, người dân tự chi trả; riêng hộ nghèo, hộ cận nghèo được ngân sách hỗ trợ 100%.

Theo kế hoạch, quý IV/2024 huyện Lạng Giang tiếp tục tiêm phòng bổ sung cho khoảng 3.500 con chó, mèo mới phát sinh và phấn đấu cả năm không có ca tử vong do bệnh dại.

Ngọc Thúy
"""

M9 = period("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9_INH = period("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
RATE = "tỷ lệ tiêm phòng dại"

FIGS = [
    fig("Hơn 2.100 hộ", "2.100", 2100, "count", "hộ", "hộ cam kết không thả rông chó, mèo", approx="over"),
    fig("vận động 2.146 hộ", "2.146", 2146, "count", "hộ", "hộ ký cam kết nuôi nhốt chó, mèo",
        change=change("increase", 7.3, "%", "kế hoạch năm"), period=M9),
    fig("cho 24.890 con", "24.890", 24890, "count", "con", "chó, mèo được tiêm phòng dại", percent=81.2,
        period=M9),
    fig("có 18.420 hộ", "18.420", 18420, "count", "hộ", "hộ nuôi chó, mèo"),
    fig("khoảng 30.650 con", "30.650", 30650, "count", "con", "chó, mèo", approx="about"),
    fig("đạt 92,4%", "92,4", 92.4, "percent", "%", RATE + " xã Tân Dĩnh", period=M9_INH),
    fig("92,4%, 90,1%", "90,1", 90.1, "percent", "%", RATE + " xã Phi Mô", period=M9_INH),
    fig("và 88,7%", "88,7", 88.7, "percent", "%", RATE + " xã Thái Đào", period=M9_INH),
    fig("của 21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn có tổ tuần tra", period=YTD),
    fig("bắt giữ 97 con", "97", 97, "count", "con", "chó thả rông bị bắt giữ", period=YTD),
    fig("xử phạt 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp bị xử phạt", period=YTD),
    fig("15,2 triệu đồng", "15,2", 15.2e6, "money", "đồng", "tiền xử phạt", period=YTD),
    fig("còn 63 vụ", "63", 63, "count", "vụ", "vụ chó cắn người",
        change=change("decrease", 41, "vụ", "cùng kỳ"), period=YTD),
    fig("cho 236.700 con", "236.700", 236700, "count", "con", "chó, mèo được tiêm phòng dại",
        percent=74.5, period=period("9 tháng qua", "2024-01-01", "2024-09-30"), location="Bắc Giang"),
    fig("khoảng 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng dại trên tổng đàn", approx="about",
        status="forecast", period=period("đến cuối năm", None, "2024-12-31"), location="Bắc Giang"),
    fig("15.000-18.000 đồng", "15.000", 15000, "money", "đồng/liều", "giá mỗi liều vắc xin",
        value_max=18000, location="Bắc Giang"),
    fig("hỗ trợ 100%", "100", 100, "percent", "%", "ngân sách hỗ trợ tiền vắc xin cho hộ nghèo, hộ cận nghèo",
        location="Bắc Giang"),
    fig("khoảng 3.500 con", "3.500", 3500, "count", "con", "chó, mèo mới phát sinh được tiêm phòng bổ sung",
        approx="about", status="target", period=period("quý IV/2024", "2024-10-01", "2024-12-31")),
]

NOTES = [
    "Báo Bắc Giang điện tử, '(BGĐT) -', 'Cập nhật lúc 16:40, Thứ ba, 15/10/2024': Lạng Giang, 9 tháng năm 2024 — cam kết nuôi nhốt, tiêm phòng, bắt giữ chó thả rông.",
    "Not figures: 'lần thứ 3' (ordinal), 'Quốc lộ 1A', 'đường tỉnh 295', the name 'Hoàng Văn Bảy', '16:40', 'Thứ ba'.",
    "District figures: location Lạng Giang; commune list items keep the district, the commune goes into the subject. Province paragraph: Bắc Giang.",
    "'vượt 7,3% kế hoạch năm' is a change against the plan. 'giảm 41 vụ, còn 63 vụ': 63 is the figure, 41 its change. 'hiện' gives no period.",
    "'Theo kế hoạch, quý IV/2024 … tiếp tục tiêm phòng bổ sung cho khoảng 3.500 con': a plan, status target.",
]

if __name__ == "__main__":
    write_set("p993-8", TEXT, FIGS, NOTES, published="2024-10-15", location="Lạng Giang")
