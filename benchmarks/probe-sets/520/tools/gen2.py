"""p520-2: district portal (huyện Yên Thế, Bắc Giang), spring poultry vaccination 2024, commune list, Newcastle outbreak."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THẾ
Trang chủ > Tin tức > Kinh tế - Nông nghiệp

Yên Thế tiêm phòng cúm gia cầm đợt 1 năm 2024 đạt 96,4% kế hoạch

Thứ Ba, 23/04/2024 - 09:15

Yên Thế hiện là huyện có đàn gà đồi lớn nhất tỉnh Bắc Giang với tổng đàn gia cầm khoảng 5,2 triệu con, trong đó đàn gà chiếm gần 90%.

Đợt tiêm phòng được triển khai từ ngày 15/3/2024 đến ngày 15/4/2024 tại 21 xã, thị trấn. Kết quả, toàn huyện đã tiêm được 1.928.000 liều vắc xin cúm gia cầm, đạt 96,4% kế hoạch; tiêm 18.450 liều vắc xin lở mồm long móng cho trâu, bò và 9.820 liều vắc xin dại cho chó. Các xã có số liều vắc xin cúm gia cầm tiêm được lớn nhất là Đồng Kỳ (185.000 liều), Hồng Kỳ (172.500 liều) và Tam Hiệp (160.300 liều). Tỷ lệ gia cầm được tiêm phòng đạt trên 85% tổng đàn thuộc diện tiêm.

Tổng kinh phí mua vắc xin đợt này là 1,35 tỷ đồng, trong đó ngân sách huyện hỗ trợ 540 triệu đồng, còn lại do người chăn nuôi đóng góp.

Từ đầu năm đến nay, trên địa bàn huyện không phát sinh ổ dịch cúm gia cầm, chỉ xảy ra một ổ dịch Newcastle tại xã Tân Hiệp với 1.150 con gà mắc bệnh, chết và buộc tiêu hủy.

Theo kế hoạch, đợt tiêm phòng thứ 2 sẽ được triển khai từ tháng 9/2024. Huyện phấn đấu đến năm 2025 có 60% trang trại gà đạt chuẩn an toàn sinh học, giá trị sản phẩm gà đồi đạt 2.500 tỷ đồng/năm.

Mọi chi tiết xin liên hệ Trạm Chăn nuôi và Thú y huyện, số điện thoại 0204.3876.215.

Nguyễn Thanh Hà - Phòng NN&PTNT huyện
"""

CAMP = P("từ ngày 15/3/2024 đến ngày 15/4/2024", "2024-03-15", "2024-04-15")
T25 = P("đến năm 2025", None, "2025-12-31")
NOW = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-23")
FLU = "liều vắc xin cúm gia cầm tiêm được"

FIGS = [
    F("năm 2024 đạt 96,4%", "96,4", 96.4, "percent", "%", "tỷ lệ tiêm phòng cúm gia cầm đợt 1 so với kế hoạch",
      P("năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 5,2 triệu con", "5,2", 5200000, "count", "con", "tổng đàn gia cầm", approx="about"),
    F("chiếm gần 90%", "90", 90, "percent", "%", "đàn gà trong tổng đàn gia cầm", approx="nearly"),
    F("tại 21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn triển khai tiêm phòng", CAMP),
    F("được 1.928.000 liều", "1.928.000", 1928000, "count", "liều", FLU, I(CAMP), percent=96.4),
    F("tiêm 18.450 liều", "18.450", 18450, "count", "liều", "liều vắc xin lở mồm long móng tiêm cho trâu, bò", I(CAMP)),
    F("và 9.820 liều", "9.820", 9820, "count", "liều", "liều vắc xin dại tiêm cho chó", I(CAMP)),
    F("Đồng Kỳ (185.000 liều)", "185.000", 185000, "count", "liều", FLU),
    F("Hồng Kỳ (172.500 liều)", "172.500", 172500, "count", "liều", FLU),
    F("Tam Hiệp (160.300 liều)", "160.300", 160300, "count", "liều", FLU),
    F("trên 85% tổng đàn", "85", 85, "percent", "%", "tỷ lệ gia cầm được tiêm phòng trong tổng đàn thuộc diện tiêm",
      approx="over"),
    F("là 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "tổng kinh phí mua vắc xin đợt tiêm phòng"),
    F("hỗ trợ 540 triệu đồng", "540", 540000000, "money", "đồng", "kinh phí mua vắc xin ngân sách huyện hỗ trợ",
      total=1350000000),
    F("xảy ra một ổ dịch", "một", 1, "count", "ổ dịch", "ổ dịch Newcastle", NOW),
    F("với 1.150 con gà", "1.150", 1150, "count", "con", "gà mắc bệnh, chết và buộc tiêu hủy", NOW),
    F("có 60% trang trại", "60", 60, "percent", "%", "trang trại gà đạt chuẩn an toàn sinh học", T25, status="target"),
    F("đạt 2.500 tỷ đồng/năm", "2.500", 2500000000000, "money", "đồng/năm", "giá trị sản phẩm gà đồi", T25,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thế (invented): tiêm phòng cúm gia cầm vụ Xuân 2024, xã tiêm nhiều nhất, kinh phí, ổ dịch Newcastle, mục tiêu 2025.",
    "Location: the district (Yên Thế) throughout; commune items (Đồng Kỳ, Hồng Kỳ, Tam Hiệp) are not province/city/district, so they stay Yên Thế.",
    "Commune items have no cue and do not add up to 1.928.000 -> no total. 'Từ đầu năm đến nay' ends at the dateline 2024-04-23.",
    "Headline 'đợt 1 năm 2024' -> period năm 2024. Number word 'một ổ dịch' = 1.",
    "Distractors: 'đợt 1', 'đợt tiêm phòng thứ 2', 'tháng 9/2024', phone 0204.3876.215, dateline.",
]

if __name__ == "__main__":
    emit("p520-2", TEXT, COMMENTS, FIGS, published="2024-04-23", location="Yên Thế")
