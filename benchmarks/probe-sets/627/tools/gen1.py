"""p627-1: Thanh Hóa province portal, EPI results 6 months 2024."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Sức khỏe

Thanh Hóa: 6 tháng đầu năm 2024, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 47,3%

Cập nhật: 16/07/2024 09:20
Lượt xem: 1.284

Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Thanh Hóa, 6 tháng đầu năm 2024, toàn tỉnh có 21.356 trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, đạt 47,3% kế hoạch năm, thấp hơn 2,1% so với cùng kỳ năm 2023.

Toàn tỉnh đã thực hiện 186.430 mũi tiêm, uống vắc xin, trong đó vắc xin 5 trong 1 (DPT-VGB-Hib) 52.870 mũi, vắc xin bại liệt uống bOPV 49.215 liều. Tỷ lệ trẻ 18 tháng tuổi được tiêm mũi 2 vắc xin sởi - rubella đạt 41,6%; tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván (UV2+) đạt 44,9%.

Một số địa phương có tỷ lệ tiêm chủng đầy đủ thấp là Mường Lát (28,4%), Quan Sơn (31,2%), Thường Xuân (33,7%); các huyện Hoằng Hóa, Hậu Lộc đạt cao nhất, lần lượt 55,1% và 53,8%.

Nguyên nhân chủ yếu là tình trạng thiếu vắc xin 5 trong 1 kéo dài trong quý I/2024. Đến nay, tỉnh đã tiếp nhận hơn 64.500 liều vắc xin các loại từ Dự án Tiêm chủng mở rộng quốc gia, đủ để tổ chức tiêm bù cho khoảng 9.800 trẻ bị lỡ mũi.

Thực hiện Kế hoạch số 95/KH-UBND của UBND tỉnh, ngành y tế phấn đấu đến hết năm 2024 tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt trên 95%, tỷ lệ tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi đạt từ 93 đến 95%.

Mọi phản ánh về an toàn tiêm chủng xin liên hệ đường dây nóng 0237.3852.440 hoặc trụ sở CDC tại số 101 Nguyễn Trãi, phường Ba Đình, TP. Thanh Hóa.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
NOW = P("Đến nay", None, "2024-07-16")
T24 = P("đến hết năm 2024", None, "2024-12-31")
IND = "tỷ lệ tiêm chủng đầy đủ"

FIGS = [
    AGE("tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt", "1", 1, approx="under"),
    F("đầy đủ đạt 47,3%", "47,3", 47.3, "percent", "%", "tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ", H1),
    F("có 21.356 trẻ", "21.356", 21356, "count", "trẻ", "trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", H1,
      percent=47.3, change=CH("decrease", 2.1, "%", "cùng kỳ năm 2023")),
    AGE("21.356 trẻ dưới 1 tuổi", "1", 1, approx="under"),
    F("thực hiện 186.430 mũi", "186.430", 186430, "count", "mũi", "mũi tiêm, uống vắc xin", I(H1)),
    F("(DPT-VGB-Hib) 52.870 mũi", "52.870", 52870, "count", "mũi", "mũi vắc xin 5 trong 1 (DPT-VGB-Hib)", I(H1),
      total=186430),
    F("bOPV 49.215 liều", "49.215", 49215, "count", "liều", "liều vắc xin bại liệt uống bOPV", I(H1), total=186430),
    AGE("Tỷ lệ trẻ 18 tháng tuổi", "18", 18, "tháng tuổi"),
    F("rubella đạt 41,6%", "41,6", 41.6, "percent", "%",
      "Tỷ lệ trẻ 18 tháng tuổi được tiêm mũi 2 vắc xin sởi - rubella", I(H1)),
    F("(UV2+) đạt 44,9%", "44,9", 44.9, "percent", "%", "tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván (UV2+)", I(H1)),
    F("Mường Lát (28,4%)", "28,4", 28.4, "percent", "%", IND, I(H1), location="Mường Lát"),
    F("Quan Sơn (31,2%)", "31,2", 31.2, "percent", "%", IND, I(H1), location="Quan Sơn"),
    F("Thường Xuân (33,7%)", "33,7", 33.7, "percent", "%", IND, I(H1), location="Thường Xuân"),
    F("lần lượt 55,1%", "55,1", 55.1, "percent", "%", IND, I(H1), location="Hoằng Hóa"),
    F("và 53,8%", "53,8", 53.8, "percent", "%", IND, I(H1), location="Hậu Lộc"),
    F("hơn 64.500 liều", "64.500", 64500, "count", "liều",
      "liều vắc xin các loại tiếp nhận từ Dự án Tiêm chủng mở rộng quốc gia", NOW, approx="over"),
    F("khoảng 9.800 trẻ", "9.800", 9800, "count", "trẻ", "trẻ bị lỡ mũi được tiêm bù", NOW, approx="about"),
    AGE("cho trẻ dưới 1 tuổi đạt trên", "1", 1, approx="under"),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", T24,
      approx="over", status="target"),
    AGE("cho trẻ 18 tháng tuổi đạt", "18", 18, "tháng tuổi"),
    F("từ 93 đến 95%", "93", 93, "percent", "%", "tỷ lệ tiêm vắc xin sởi - rubella cho trẻ 18 tháng tuổi", T24,
      value_max=95, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa (breadcrumb, Cập nhật, Lượt xem): tiêm chủng mở rộng 6 tháng đầu năm 2024.",
    "Headline 47,3% is the rate (own figure); in the lead the same 47,3% follows 'đạt' after 21.356 trẻ, so it is that count's share.",
    "'thấp hơn 2,1% so với cùng kỳ năm 2023' is the change of 21.356. Parts after 'trong đó' take 186.430 as total (mũi / liều).",
    "District list: indicator 'tỷ lệ tiêm chủng đầy đủ', district as location; 'lần lượt' items likewise.",
    "Ages ('dưới 1 tuổi', '18 tháng tuổi') are optional, as shared h24. Not figures: 'vắc xin 5 trong 1', 'mũi 2', 'UV2+',",
    "'Kế hoạch số 95/KH-UBND', 'Lượt xem: 1.284', phone, 'số 101 Nguyễn Trãi', 'quý I/2024'. 'Đến nay' = as-of the dateline.",
]

if __name__ == "__main__":
    emit("p627-1", TEXT, COMMENTS, FIGS, published="2024-07-16", location="Thanh Hóa")
