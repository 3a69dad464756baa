"""p903-6: national newspaper feature on a K'Ho gong tuner in Lạc Dương (Lâm Đồng), June 2024."""
from lib import F, P, I, CH, write

TEXT = """Văn hóa › Di sản
Chủ nhật, 16/6/2024, 07:30 (GMT+7)

Người "giữ giọng" cho chiêng K'Ho

Hơn 40 năm qua, ông Cil Ju ở xã Đạ Chais, huyện Lạc Dương, Lâm Đồng, đã chỉnh âm cho hơn 1.500 chiếc chiêng của gần 60 buôn làng trong và ngoài tỉnh.

Năm nay 68 tuổi, ông Cil Ju vẫn đều đặn nhận chiêng về chỉnh tại căn nhà sàn sát Quốc lộ 27C. Từ đầu năm đến nay, ông đã chỉnh 86 chiếc. Mỗi chiếc chiêng mất từ 2 đến 3 giờ, có chiếc phải chỉnh cả ngày mới đúng tiếng. Tiền công ông nhận khoảng 200.000 đồng/chiếc, "chủ yếu để mua thuốc lá, rượu cần đãi khách", ông cười.

Theo ông, một bộ chiêng K'Ho thường có 6 chiếc, chỉ cần một chiếc lệch tiếng là cả bộ "hỏng bài". Chiêng mới đúc ở miền xuôi giá khoảng 25-30 triệu đồng/bộ, nhưng âm thanh không vang, ấm bằng chiêng cổ. Chiêng cổ được thương lái trả giá gấp 4-5 lần chiêng mới.

Theo Sở Văn hóa, Thể thao và Du lịch Lâm Đồng, toàn tỉnh hiện có khoảng 1.020 bộ cồng chiêng, nhưng chỉ khoảng 30 người biết chỉnh chiêng, phần lớn trên 60 tuổi. Năm 2023, tỉnh mở 3 lớp chỉnh chiêng cho 45 học viên; trong số đó, chỉ 9 người theo được nghề, chiếm 20%.

Ông Cil Ju hiện truyền nghề cho 2 người cháu. "Người trẻ phải kiên nhẫn ít nhất 5 năm mới chỉnh được chiêng", ông nói.

Lâm Đồng đặt mục tiêu đến năm 2025 đào tạo thêm 20 nghệ nhân chỉnh chiêng, mỗi huyện có ít nhất 2 người.

Phước Tuấn
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-16")
Y2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
T2025 = P("đến năm 2025", None, "2025-12-31")
LD = "Lạc Dương"

FIGS = [
    F("Hơn 40 năm qua", "40", 40, "measure", "năm", "thời gian ông Cil Ju chỉnh chiêng", approx="over",
      location=LD, optional=True),
    F("hơn 1.500 chiếc chiêng", "1.500", 1500, "count", "chiếc chiêng", "chiêng ông Cil Ju đã chỉnh âm", approx="over",
      location=LD),
    F("gần 60 buôn làng", "60", 60, "count", "buôn làng", "buôn làng có chiêng được ông Cil Ju chỉnh âm",
      approx="nearly", location=LD),
    F("Năm nay 68 tuổi", "68", 68, "measure", "tuổi", "tuổi ông Cil Ju", location=LD),
    F("chỉnh 86 chiếc", "86", 86, "count", "chiếc", "chiêng ông Cil Ju đã chỉnh", period=YTD, location=LD),
    F("từ 2 đến 3 giờ", "2", 2, "measure", "giờ", "thời gian chỉnh mỗi chiếc chiêng", value_max=3, location=LD),
    F("khoảng 200.000 đồng/chiếc", "200.000", 200000, "money", "đồng/chiếc", "tiền công chỉnh chiêng",
      approx="about", location=LD),
    F("có 6 chiếc", "6", 6, "count", "chiếc", "chiêng trong một bộ chiêng K'Ho", location=LD, optional=True),
    F("khoảng 25-30 triệu đồng/bộ", "25", 25e6, "money", "đồng/bộ", "giá chiêng mới đúc ở miền xuôi",
      value_max=30e6, approx="about", location=LD),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "giá thương lái trả cho chiêng cổ so với chiêng mới", value_max=5,
      location=LD),
    F("khoảng 1.020 bộ", "1.020", 1020, "count", "bộ cồng chiêng", "bộ cồng chiêng toàn tỉnh", approx="about"),
    F("khoảng 30 người", "30", 30, "count", "người", "người biết chỉnh chiêng", approx="about"),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", "tuổi người biết chỉnh chiêng", approx="over", optional=True),
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp chỉnh chiêng", period=Y2023),
    F("cho 45 học viên", "45", 45, "count", "học viên", "học viên lớp chỉnh chiêng", period=Y2023),
    F("chỉ 9 người", "9", 9, "count", "người", "học viên theo được nghề chỉnh chiêng", total=45, percent=20,
      period=Y2023),
    F("cho 2 người cháu", "2", 2, "count", "người cháu", "người được ông Cil Ju truyền nghề", location=LD),
    F("ít nhất 5 năm", "5", 5, "measure", "năm", "thời gian người trẻ học chỉnh chiêng", approx="at_least",
      location=LD, optional=True),
    F("thêm 20 nghệ nhân", "20", 20, "count", "nghệ nhân", "nghệ nhân chỉnh chiêng đào tạo thêm", status="target",
      period=T2025),
    F("ít nhất 2 người", "2", 2, "count", "người", "nghệ nhân chỉnh chiêng mỗi huyện", approx="at_least",
      status="target", period=T2025),
]

NOTES = [
    "National newspaper feature, dateline 'Chủ nhật, 16/6/2024, 07:30 (GMT+7)'; byline at the end.",
    "Not figures: 'Quốc lộ 27C', '07:30 (GMT+7)', 'một chiếc lệch tiếng' (no count).",
    "The tuner's own figures (and what he says about gongs) are placed in his district Lạc Dương; the Sở's",
    "province figures and the province target are Lâm Đồng.",
    "Optional: 'Hơn 40 năm qua' (a span that locates 1.500 chiếc in time), a gong set's make-up (6 chiếc),",
    "the threshold 'trên 60 tuổi', the quoted 'ít nhất 5 năm'.",
    "'gấp 4-5 lần chiêng mới' stands alone as the claim: a multiple, range 4-5.",
    "'Từ đầu năm đến nay' runs to the dateline 2024-06-16. 'trong số đó, chỉ 9 người' is part of the 45 learners.",
]

write(6, TEXT, FIGS, published="2024-06-16", location="Lâm Đồng", notes=NOTES)
