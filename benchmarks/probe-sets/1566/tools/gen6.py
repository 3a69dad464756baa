"""p1566-6: national newspaper: TP HCM seizes fish balls of unknown origin in huyện Bình Chánh; city food-safety figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Thực phẩm

Thứ tư, 17/7/2024, 09:12 (GMT+7)

Thu giữ hơn 4 tấn cá viên không rõ nguồn gốc

Cơ sở ở huyện Bình Chánh mỗi ngày sản xuất khoảng 700 kg cá viên, bò viên từ nguyên liệu không rõ nguồn gốc, bán cho các xe đẩy cá viên chiên khắp thành phố.

TP HCM - Ngày 16/7, Đội Quản lý thị trường số 9 (Chi cục Quản lý thị trường TP HCM) phối hợp Công an huyện Bình Chánh kiểm tra cơ sở sản xuất thực phẩm tại số 128/4 đường Trần Đại Nghĩa, xã Tân Nhựt. Lực lượng chức năng phát hiện hơn 4,2 tấn cá viên, bò viên thành phẩm và 1.300 kg bột cá, phụ gia không có hóa đơn, chứng từ.

Chủ cơ sở là ông Trần Văn Lộc (42 tuổi) khai, cơ sở có 15 công nhân, mỗi ngày sản xuất khoảng 700 kg, bán cho mối sỉ với giá 45.000-60.000 đồng/kg, thấp hơn khoảng 30% so với sản phẩm cùng loại có thương hiệu.

Kết quả kiểm nghiệm nhanh cho thấy 3 trong số 5 mẫu cá viên có chứa hàn the. Cơ quan chức năng đã tạm giữ toàn bộ hàng hóa, trị giá khoảng 260 triệu đồng, và đề xuất xử phạt cơ sở 85 triệu đồng.

Theo Ban Quản lý An toàn thực phẩm TP HCM, 6 tháng đầu năm 2024, lực lượng chức năng đã kiểm tra 5.126 cơ sở, phát hiện 412 cơ sở vi phạm (chiếm 8%), phạt tiền gần 4,6 tỷ đồng. Thành phố hiện có khoảng 2.000 xe đẩy bán cá viên chiên, phần lớn chưa được quản lý. Ban khuyến cáo người dân chọn sản phẩm có nhãn mác, gọi đường dây nóng 1022 khi phát hiện cơ sở nghi vấn.

Lê Tuyết
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
BC = "Bình Chánh"

FIGS = [
    fig("hơn 4 tấn", "4", 4, "measure", "tấn", approx="over", subject="cá viên không rõ nguồn gốc bị thu giữ",
        location=BC),
    fig("khoảng 700 kg cá viên", "700", 700, "measure", "kg/ngày", approx="about",
        subject="cá viên, bò viên cơ sở sản xuất mỗi ngày", location=BC),
    fig("hơn 4,2 tấn", "4,2", 4.2, "measure", "tấn", approx="over",
        subject="cá viên, bò viên thành phẩm không có hóa đơn, chứng từ", location=BC),
    fig("1.300 kg", "1.300", 1300, "measure", "kg", subject="bột cá, phụ gia không có hóa đơn, chứng từ",
        location=BC),
    fig("(42 tuổi)", "42", 42, "measure", "tuổi", subject="tuổi chủ cơ sở", location=BC, optional=True),
    fig("có 15 công nhân", "15", 15, "count", "công nhân", subject="công nhân của cơ sở", location=BC),
    fig("khoảng 700 kg, bán", "700", 700, "measure", "kg/ngày", approx="about",
        subject="sản lượng cơ sở sản xuất mỗi ngày", location=BC),
    fig("giá 45.000-60.000", "45.000", 45000, "money", "đồng/kg", value_max=60000,
        change=chg("decrease", 30, "%", "sản phẩm cùng loại có thương hiệu", approx="about"),
        subject="giá bán cho mối sỉ", location=BC),
    fig("3 trong số 5 mẫu", "3", 3, "count", "mẫu", total=5, subject="mẫu cá viên có chứa hàn the", location=BC),
    fig("khoảng 260 triệu", "260", 260e6, "money", "đồng", approx="about", subject="trị giá hàng hóa tạm giữ",
        location=BC),
    fig("cơ sở 85 triệu", "85", 85e6, "money", "đồng", subject="tiền đề xuất xử phạt cơ sở", location=BC),
    fig("kiểm tra 5.126 cơ sở", "5.126", 5126, "count", "cơ sở", subject="cơ sở lực lượng chức năng kiểm tra",
        period=H1),
    fig("412 cơ sở", "412", 412, "count", "cơ sở", percent=8, subject="cơ sở vi phạm", period=H1),
    fig("gần 4,6 tỷ", "4,6", 4.6e9, "money", "đồng", approx="nearly", subject="phạt tiền", period=H1),
    fig("khoảng 2.000 xe", "2.000", 2000, "count", "xe đẩy", approx="about", subject="xe đẩy bán cá viên chiên"),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 17/7/2024, 09:12 (GMT+7)', headline figure, sapo, place tag 'TP HCM -', byline.",
    "Distractors: 09:12, (GMT+7), 'Ngày 16/7', 'Đội Quản lý thị trường số 9', 'số 128/4 đường Trần Đại Nghĩa', hotline 1022.",
    "Figures of the facility in huyện Bình Chánh (sapo and body) → Bình Chánh, the headline seizure too (revised after the",
    "first run: it was TP Hồ Chí Minh because the headline names no place, but the seizure it reports is the Bình Chánh one).",
    "'(42 tuổi)' is an age: optional. '3 trong số 5 mẫu' → 3 with total 5 (the 5 is an attribute).",
    "'thấp hơn khoảng 30% so với sản phẩm cùng loại có thương hiệu' → change decrease 30, approx about.",
    "'đề xuất xử phạt ... 85 triệu đồng': 'đề xuất' is none of the status cues of the spec: actual (borderline).",
    "'412 cơ sở vi phạm (chiếm 8%)' → percent 8; no total (no part cue after 'kiểm tra 5.126 cơ sở').",
    "Sapo and body both say 'khoảng 700 kg' a day: two mentions, two figures.",
]

if __name__ == "__main__":
    write("p1566-6", TEXT, NOTES, FIGS, published="2024-07-17", location="TP Hồ Chí Minh")
