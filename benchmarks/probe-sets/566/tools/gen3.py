"""p566-3: formal report under a letterhead (UBND tỉnh Hà Tĩnh), rain and flood 18-20/9/2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HÀ TĨNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 21 tháng 9 năm 2024

BÁO CÁO
Tình hình mưa lũ do hoàn lưu bão số 4 và công tác ứng phó

I. DIỄN BIẾN MƯA, LŨ
1. Mưa: Từ 19 giờ ngày 18/9 đến 7 giờ ngày 20/9/2024, toàn tỉnh có mưa to đến rất to, tổng lượng mưa phổ biến 250-400 mm. Lượng mưa tại một số trạm:
Trạm | Huyện | Lượng mưa (mm)
Kỳ Lạc | Kỳ Anh | 512,6
Hương Khê | Hương Khê | 436,0
Sơn Kim | Hương Sơn | 398,4
Thạch Đồng | TP. Hà Tĩnh | 287,2
2. Lũ: Đỉnh lũ sông Ngàn Sâu tại trạm Hòa Duyệt là 10,35 m (13 giờ ngày 20/9), trên BĐ3 0,35 m; sông Ngàn Phố tại Sơn Diệm 12,8 m, dưới BĐ3 0,2 m. Hồ Kẻ Gỗ có mực nước 32,15 m (mực nước dâng bình thường 32,5 m), đang xả với lưu lượng 250 m³/s.

II. THIỆT HẠI (sơ bộ)
- Về người: 2 người chết tại huyện Hương Khê, 5 người bị thương.
- Về nhà ở: 9.512 nhà bị ngập, trong đó 1.230 nhà ngập sâu trên 1 m; 46 nhà bị tốc mái.
- Về nông nghiệp: 3.150 ha lúa hè thu và hoa màu bị ngập; 28.600 con gia cầm bị chết, cuốn trôi.
- Tổng thiệt hại ước tính khoảng 356 tỷ đồng, tăng gấp 2,4 lần so với đợt lũ tháng 10/2023.

III. CÔNG TÁC ỨNG PHÓ
Các địa phương đã sơ tán 4.215 hộ với 13.870 nhân khẩu; huy động 1.600 cán bộ, chiến sĩ và 85 phương tiện. Tỉnh đã xuất cấp 20 tấn gạo; dự kiến hỗ trợ 40 triệu đồng/hộ có nhà bị sập, trôi.

Nơi nhận:
- Ban Chỉ đạo quốc gia về PCTT;
- Lưu: VT, NL1.
"""

EV = P("Từ 19 giờ ngày 18/9 đến 7 giờ ngày 20/9/2024", "2024-09-18", "2024-09-20")

FIGS = [
    F("phổ biến 250-400 mm", "250", 250, "measure", "mm", "tổng lượng mưa", EV, value_max=400),
    F("512,6", "512,6", 512.6, "measure", "mm", "lượng mưa trạm Kỳ Lạc", I(EV), location="Kỳ Anh"),
    F("436,0", "436,0", 436, "measure", "mm", "lượng mưa trạm Hương Khê", I(EV), location="Hương Khê"),
    F("398,4", "398,4", 398.4, "measure", "mm", "lượng mưa trạm Sơn Kim", I(EV), location="Hương Sơn"),
    F("287,2", "287,2", 287.2, "measure", "mm", "lượng mưa trạm Thạch Đồng", I(EV), location="Hà Tĩnh"),
    F("là 10,35 m", "10,35", 10.35, "measure", "m", "đỉnh lũ sông Ngàn Sâu tại trạm Hòa Duyệt",
      P("13 giờ ngày 20/9", "2024-09-20", "2024-09-20"), change=CH("increase", 0.35, "m", "BĐ3")),
    F("Sơn Diệm 12,8 m", "12,8", 12.8, "measure", "m", "đỉnh lũ sông Ngàn Phố tại Sơn Diệm", I(EV),
      change=CH("decrease", 0.2, "m", "BĐ3")),
    F("mực nước 32,15 m", "32,15", 32.15, "measure", "m", "mực nước hồ Kẻ Gỗ"),
    F("bình thường 32,5 m", "32,5", 32.5, "measure", "m", "mực nước dâng bình thường hồ Kẻ Gỗ"),
    F("250 m³/s", "250", 250, "measure", "m³/s", "lưu lượng xả hồ Kẻ Gỗ"),
    F("2 người chết", "2", 2, "count", "người", "người chết", I(EV), location="Hương Khê"),
    F("5 người bị thương", "5", 5, "count", "người", "người bị thương", I(EV)),
    F("9.512 nhà", "9.512", 9512, "count", "nhà", "nhà bị ngập", I(EV)),
    F("1.230 nhà", "1.230", 1230, "count", "nhà", "nhà ngập sâu", I(EV), total=9512),
    F("trên 1 m", "1", 1, "measure", "m", "độ sâu ngập", approx="over", optional=True),
    F("46 nhà", "46", 46, "count", "nhà", "nhà bị tốc mái", I(EV)),
    F("3.150 ha", "3.150", 3150, "measure", "ha", "lúa hè thu và hoa màu bị ngập", I(EV)),
    F("28.600 con", "28.600", 28600, "count", "con gia cầm", "gia cầm bị chết, cuốn trôi", I(EV)),
    F("khoảng 356 tỷ đồng", "356", 356e9, "money", "đồng", "tổng thiệt hại", I(EV), approx="about",
      status="estimate", change=CH("increase", 2.4, "lần", "đợt lũ tháng 10/2023")),
    F("sơ tán 4.215 hộ", "4.215", 4215, "count", "hộ", "hộ được sơ tán"),
    F("13.870 nhân khẩu", "13.870", 13870, "count", "nhân khẩu", "nhân khẩu được sơ tán"),
    F("1.600 cán bộ", "1.600", 1600, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ được huy động"),
    F("85 phương tiện", "85", 85, "count", "phương tiện", "phương tiện được huy động"),
    F("20 tấn gạo", "20", 20, "measure", "tấn", "gạo xuất cấp"),
    F("40 triệu đồng/hộ", "40", 40e6, "money", "đồng/hộ", "hỗ trợ hộ có nhà bị sập, trôi", status="forecast"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Hà Tĩnh Số 412/BC-UBND, place-and-date line 21/9/2024: rain and flood 18-20/9/2024, damage, response.",
    "Flattened '|' table Trạm | Huyện | Lượng mưa (mm): the district column gives the location, the station the subject; period of the",
    "preceding sentence (inherited). 'TP. Hà Tĩnh' = Hà Tĩnh. 'sơ bộ' (preliminary) damage treated as actual (as shared h24).",
    "'ngập sâu trên 1 m' is a threshold (optional). 'dự kiến hỗ trợ 40 triệu đồng/hộ' → forecast (spec: dự kiến).",
    "Not figures: Số 412/BC-UBND, bão số 4, '13 giờ', '19 giờ', BĐ3, section numbers I./1./2., 'NL1', dates.",
]

if __name__ == "__main__":
    emit("p566-3", TEXT, COMMENTS, FIGS, published="2024-09-21", location="Hà Tĩnh")
